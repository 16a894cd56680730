import { useEffect } from 'react';

/**
 * The open definition is printed in full, its closed disclosures (sources, treaty texts) too.
 * print.css opens them with `::details-content`; a browser without it gets them opened for the
 * printout here and closed again afterwards, as the reader left them.
 */
export function useOpenDisclosuresInPrint() {
  useEffect(() => {
    if (typeof CSS?.supports === 'function' && CSS.supports('selector(::details-content)')) return;
    let opened: HTMLDetailsElement[] = [];
    const open = () => {
      opened = [...document.querySelectorAll<HTMLDetailsElement>('details:not([open])')];
      for (const details of opened) details.open = true;
    };
    const close = () => {
      for (const details of opened) details.open = false;
      opened = [];
    };
    window.addEventListener('beforeprint', open);
    window.addEventListener('afterprint', close);
    return () => {
      window.removeEventListener('beforeprint', open);
      window.removeEventListener('afterprint', close);
    };
  }, []);
}
