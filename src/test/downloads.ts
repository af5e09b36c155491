// What the app hands the browser to download (jsdom has no downloads): each file's name and bytes,
// caught where the page gives them to the browser (an object URL on a link with `download`).
import { onTestFinished, vi } from 'vitest';

export interface Downloaded {
  name: string;
  blob: Blob;
}

export function catchDownloads(): Downloaded[] {
  const caught: Downloaded[] = [];
  const blobs = new Map<string, Blob>();
  let next = 0;
  const create = vi.fn((blob: Blob) => {
    const url = `blob:test/${(next += 1)}`;
    blobs.set(url, blob);
    return url;
  });
  Object.assign(URL, { createObjectURL: create, revokeObjectURL: vi.fn() });
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    const blob = blobs.get(this.href);
    if (blob && this.download) caught.push({ name: this.download, blob });
  });
  onTestFinished(() => click.mockRestore());
  return caught;
}
