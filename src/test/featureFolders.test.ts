// A feature folder holds what its folders say (docs/architecture.md, "Layers and import zones"):
// api/, model/, components/, __tests__/ and the named extras listed there; components/ holds React
// and what it is built from; model/ holds no React.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const FEATURES = 'src/features';
const FOLDERS = new Set(['api', 'model', 'components', '__tests__']);
/** The named extras, as docs/architecture.md lists them. */
const EXTRAS = new Set([
  'preReview/print',
  'preReview/spreadsheet',
  'verification/spreadsheet',
  'downloads/materials',
]);

const features = readdirSync(FEATURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const filesOf = (feature: string, folder: string) => {
  try {
    return readdirSync(join(FEATURES, feature, folder));
  } catch {
    return [];
  }
};

describe('feature folders', () => {
  it.each(features)('%s holds only api/, model/, components/, __tests__/ and listed extras', (feature) => {
    const stray = readdirSync(join(FEATURES, feature)).filter(
      (name) => !FOLDERS.has(name) && !EXTRAS.has(`${feature}/${name}`),
    );
    expect(stray).toEqual([]);
  });

  it.each(features)("%s's components/ holds components and what they are built from", (feature) => {
    const stray = filesOf(feature, 'components').filter(
      (name) => !/\.tsx$|^use[A-Z]\w*\.ts$|\.css$|^gridLayout\.ts$/.test(name),
    );
    expect(stray).toEqual([]);
  });

  it.each(features)("%s's model/ holds no components", (feature) => {
    expect(filesOf(feature, 'model').filter((name) => name.endsWith('.tsx'))).toEqual([]);
  });
});
