import regularUrl from '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf?url';
import boldUrl from '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf?url';
import type { ReportDocument } from '../../../domain/report/model';
import { renderPdf } from './pdf';

// The fonts are build assets, precached by the service worker, so a PDF can be made offline.
async function fontBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

export async function pdfBlob(report: ReportDocument): Promise<Blob> {
  const [regular, bold] = await Promise.all([fontBytes(regularUrl), fontBytes(boldUrl)]);
  const bytes = await renderPdf(report, { regular, bold });
  return new Blob([bytes.slice().buffer], { type: 'application/pdf' });
}
