/** "63.2 KB": sizes as the budget check prints them (1 KB = 1,024 bytes). */
export function formatSize(bytes: number): string {
  return bytes < 1024 ? `${bytes} bytes` : `${(bytes / 1024).toFixed(1)} KB`;
}
