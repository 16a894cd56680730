/**
 * Puts text on the clipboard. False when the browser has no Clipboard API (an insecure page) or
 * refuses it (no permission, no user gesture): the caller then offers the text to select.
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
