// Secrets are kept as SHA-256 digests: the demo accounts' passwords and PINs when the data is
// seeded, and what a login sends when it is checked.
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
