// Checks answers against docs/openapi.json: the status must be one the operation documents, and
// the body must match that status's schema (JSON Schema 2020-12, as OpenAPI 3.1 uses it). An
// error's message, and each field's, must be in Chinese, as docs/api.md says: the UI shows them.
import Ajv2020 from 'ajv/dist/2020.js';

const HAN = /\p{Script=Han}/u;

/** True for a problem (or field error) whose message has Chinese in it. */
export const saidInChinese = (problem) => typeof problem?.message === 'string' && HAN.test(problem.message);

function notInChinese(where, status, body) {
  const unsaid = [body, ...(body.fieldErrors ?? [])].filter((problem) => !saidInChinese(problem));
  return unsaid.map(
    (problem) =>
      `${where}: ${status} ${problem === body ? 'message' : `fieldErrors ${problem.path}`} is not in Chinese: ${JSON.stringify(problem.message)}`,
  );
}

/** The operations of an OpenAPI document by operationId: method, path template, responses. */
export function operationsOf(document) {
  const operations = new Map();
  for (const [path, item] of Object.entries(document.paths))
    for (const [method, operation] of Object.entries(item))
      operations.set(operation.operationId, { method: method.toUpperCase(), path, operation });
  return operations;
}

export function answerChecker(document) {
  // Formats are not checked by name: zod writes each as a pattern too (uuid, date-time, date).
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
  ajv.addSchema({ ...document, $id: 'openapi.json' });
  const validators = new Map();
  const validatorFor = (pointer) => {
    if (!validators.has(pointer)) validators.set(pointer, ajv.compile({ $ref: `openapi.json#${pointer}` }));
    return validators.get(pointer);
  };
  const responseOf = (response) =>
    response.$ref ? document.components.responses[response.$ref.split('/').pop()] : response;

  const at = (pointer) =>
    pointer
      .split('/')
      .slice(1)
      .reduce((node, key) => node?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], document);
  const followRef = (pointer) => {
    let here = pointer;
    for (let hops = 0; at(here)?.$ref && hops < 20; hops += 1) here = at(here).$ref.replace(/^#/, '');
    return here;
  };
  /** Where in the document the schema for `instancePath` of an answer of schema `pointer` is. */
  const schemaAt = (pointer, instancePath) => {
    let here = followRef(pointer);
    for (const segment of instancePath.split('/').slice(1)) {
      const node = at(here);
      if (node?.properties && Object.hasOwn(node.properties, segment))
        here = followRef(`${here}/properties/${segment}`);
      else if (node?.items && /^\d+$/.test(segment)) here = followRef(`${here}/items`);
      else break;
    }
    return here;
  };

  /** What is wrong with an answer, each naming the operation and the schema path; [] if nothing. */
  return function check(operationId, { method, path, operation }, status, contentType, body) {
    const where = `${method} ${path} (${operationId})`;
    const documented = operation.responses[String(status)];
    if (!documented)
      return [
        `${where}: answered ${status}, which the contract does not list (${Object.keys(operation.responses).join(', ')})`,
      ];
    const response = responseOf(documented);
    const json = response.content?.['application/json'];
    if (!json)
      return contentType?.includes('application/json') ? [`${where}: ${status} should not be JSON`] : [];
    if (!contentType?.includes('application/json'))
      return [`${where}: ${status} is not JSON (${contentType ?? 'no type'})`];
    const pointer = json.schema.$ref.replace(/^#/, '');
    const validate = validatorFor(pointer);
    if (validate(body)) return status >= 400 ? notInChinese(where, status, body) : [];
    return validate.errors.slice(0, 5).map((error) => {
      const schema = `#${schemaAt(pointer, error.instancePath)}/${error.keyword}`;
      return `${where}: ${status} body ${error.instancePath || '/'} ${error.message} (schema ${schema})`;
    });
  };
}
