import type { ReportDocument } from '../../../domain/report/model';
import { paintChart } from './chart-canvas';
import { renderDocx } from './docx';

export async function docxBlob(report: ReportDocument): Promise<Blob> {
  const bytes = await renderDocx(report, paintChart);
  return new Blob([bytes.slice().buffer], {
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  });
}
