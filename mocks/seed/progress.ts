// Making a volume too large to make at once (the 海关办公室 volumes, 10万条产品预审): how far it
// is, told as it goes, and a pause that lets the page paint the bar and answer requests.

/** `done` of `total` made so far. */
export type Progress = (done: number, total: number) => void;

/** Lets the page breathe (paint a progress bar, answer a request) between batches. */
export const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
