/** The host a reader will land on, to name a link by where it goes ("Open at treaties.un.org"). */
export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
