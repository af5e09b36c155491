// A PDF the presenter can upload where a guided step asks for documents (the service checks an
// upload by its content, so an empty or renamed file would be refused).
import { onePagePdf } from '@/domain/onePagePdf';

/** A one-page PDF whose page says `title` (ASCII only: the standard fonts have no Chinese). */
export function samplePdf(title: string): Blob {
  const bytes = onePagePdf([title.replace(/[^\x20-\x7e]/g, '?')]);
  return new Blob([bytes.buffer as ArrayBuffer], { type: 'application/pdf' });
}
