import { spawnSync } from 'node:child_process';

/** The poppler tools the print test runs on the PDFs Chromium prints. */
export const popplerTools = ['pdftotext', 'pdfinfo'];

/** Whether every tool runs from the PATH (each prints its version with -v and exits 0). */
export function hasPoppler() {
  return popplerTools.every((tool) => spawnSync(tool, ['-v'], { stdio: 'ignore' }).status === 0);
}
