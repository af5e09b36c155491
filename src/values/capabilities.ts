// The functions an enterprise's account reaches (the gate's vocabulary): their names and labels,
// which an agency may be granted, which wait for an approved filing (FR2). The contract names them
// in sessions, authorisations and its API description; the gate itself (src/domain/capabilities.ts)
// decides with them.

export const capabilities = [
  'filing',
  'filingChange',
  'personnel',
  'agencies',
  'preReview',
  'verification',
  'acceptance',
  'downloads',
] as const;
export type Capability = (typeof capabilities)[number];

/** Functions an enterprise may authorise an agency (代录入企业) to handle for it. */
export const delegableCapabilities = [
  'filing',
  'filingChange',
  'personnel',
  'preReview',
  'verification',
  'acceptance',
] as const;

export const capabilityLabels: Record<Capability, string> = {
  filing: '企业备案',
  filingChange: '备案变更',
  personnel: '授权人员',
  agencies: '代录入企业',
  preReview: '产品预审',
  verification: '核查互动',
  acceptance: '受理情况查询',
  downloads: '资料下载',
};

/** Decided here: everything but the filing itself, the acceptance query and downloads needs approval. */
export const needsApproval: readonly Capability[] = [
  'filingChange',
  'personnel',
  'agencies',
  'preReview',
  'verification',
];

/** Whether the function is closed until customs approves the enterprise's filing (FR2). */
export const needsApprovedFiling = (capability: Capability): boolean => needsApproval.includes(capability);

/** Reading the filing serves the filing itself and its change: an agency needs one in its scope. */
export const filingReaders: readonly Capability[] = ['filing', 'filingChange'];
