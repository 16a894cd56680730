/**
 * Puts text on the clipboard. Browsers refuse where the page is not trusted with it (an
 * insecure origin, a denied permission, an embedded frame); the caller then offers the text in a
 * field the reader can copy from themselves.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
