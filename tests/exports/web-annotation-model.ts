/*
 * The W3C Web Annotation Data Model (Recommendation, 23 February 2017), as checks: each rule
 * below is one of the Recommendation's MUSTs, quoted in short and named by its section, for the
 * parts of the model an export can use (annotations, collections and pages, bodies and targets,
 * specific resources, selectors, rights, lifecycle times). Written from the Recommendation's
 * text; no third-party schema is used. Returns every violation found, with where it is.
 */

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/**
 * The motivations the model's context (anno.jsonld) names. motivation and purpose are mapped
 * with "@type": "@vocab", so any other value must be an IRI of its own to mean anything.
 */
const MOTIVATIONS = new Set([
  'assessing',
  'bookmarking',
  'classifying',
  'commenting',
  'describing',
  'editing',
  'highlighting',
  'identifying',
  'linking',
  'moderating',
  'questioning',
  'replying',
  'reviewing',
  'tagging',
]);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Node = { [key: string]: Json };

/** An absolute IRI (RFC 3987): a scheme, a colon, and no character an IRI may not hold. */
export function isAbsoluteIri(value: unknown): boolean {
  return (
    typeof value === 'string' &&
    /^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|\\^`]+$/u.test(value) &&
    // No control characters either (C0, DEL and C1).
    ![...value].some((character) => {
      const code = character.codePointAt(0)!;
      return code < 0x20 || (code >= 0x7f && code <= 0x9f);
    })
  );
}

const isNode = (value: unknown): value is Node =>
  value !== null && typeof value === 'object' && !Array.isArray(value);
const valuesOf = (value: Json | undefined): Json[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];
const typesOf = (node: Node) =>
  valuesOf(node.type).filter((t): t is string => typeof t === 'string');
const XSD_DATETIME_UTC = /^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/;
const isNonNegativeInteger = (value: Json | undefined) =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0;

export type Violation = { path: string; rule: string };

export function checkWebAnnotationDocument(document: unknown): Violation[] {
  const found: Violation[] = [];
  const fail = (path: string, rule: string) => found.push({ path, rule });

  function checkContext(node: Node, path: string, what: string, singleAsString: boolean) {
    const contexts = valuesOf(node['@context']);
    // §3.1, §5.1, §5.2: 1 or more @context values, and anno.jsonld MUST be one of them.
    if (contexts.length === 0 || !contexts.includes(ANNO_CONTEXT))
      fail(
        path,
        `${what} MUST have 1 or more @context values and ${ANNO_CONTEXT} MUST be one of them`,
      );
    // §3.1: "If there is only one value, then it MUST be provided as a string."
    if (singleAsString && Array.isArray(node['@context']) && node['@context'].length === 1)
      fail(path, 'a single @context value MUST be provided as a string');
  }

  function checkExactlyOneIri(node: Node, path: string, what: string) {
    const ids = valuesOf(node.id);
    if (ids.length !== 1 || !isAbsoluteIri(ids[0]))
      fail(path, `${what} MUST have exactly 1 IRI that identifies it`);
  }

  function checkAtMostOne(node: Node, key: string, path: string, what: string) {
    if (valuesOf(node[key]).length > 1) fail(path, `${what} MUST NOT have more than 1 ${key}`);
  }

  function checkTimes(node: Node, path: string) {
    // §3.3.1: created, modified, generated: at most 1, an xsd:dateTime in UTC written with "Z".
    for (const key of ['created', 'modified', 'generated']) {
      const values = valuesOf(node[key]);
      if (values.length > 1) fail(`${path}.${key}`, `there MUST NOT be more than 1 ${key}`);
      for (const value of values) {
        if (typeof value !== 'string' || !XSD_DATETIME_UTC.test(value))
          fail(
            `${path}.${key}`,
            `${key} MUST be an xsd:dateTime with the UTC timezone expressed as "Z"`,
          );
      }
    }
  }

  function checkRights(node: Node, path: string) {
    // §3.3.6: "the value MUST be an IRI".
    for (const value of valuesOf(node.rights))
      if (!isAbsoluteIri(value)) fail(`${path}.rights`, 'a rights value MUST be an IRI');
  }

  function checkMotivations(node: Node, key: 'motivation' | 'purpose', path: string) {
    for (const value of valuesOf(node[key])) {
      if (typeof value !== 'string' || !(MOTIVATIONS.has(value) || isAbsoluteIri(value)))
        fail(
          `${path}.${key}`,
          `${key} "${String(value)}" is neither a Motivation of the model nor an IRI`,
        );
    }
  }

  function checkTextDirection(node: Node, path: string) {
    // §3.2.1: at most 1, and one of ltr, rtl, auto.
    const values = valuesOf(node.textDirection);
    if (values.length > 1) fail(path, 'a resource MAY have exactly 1 textDirection, no more');
    for (const value of values)
      if (!['ltr', 'rtl', 'auto'].includes(String(value)))
        fail(path, 'textDirection MUST be one of ltr, rtl or auto');
  }

  function checkAgent(value: Json, path: string) {
    // §3.3.2: an Agent MUST NOT have more than 1 IRI.
    if (isNode(value)) {
      const ids = valuesOf(value.id);
      if (ids.length > 1) fail(path, 'an Agent MUST NOT have more than 1 IRI');
      for (const id of ids) if (!isAbsoluteIri(id)) fail(path, 'an Agent’s id MUST be an IRI');
    } else if (!isAbsoluteIri(value)) fail(path, 'an Agent given by reference MUST be an IRI');
  }

  function checkSelector(selector: Json, path: string) {
    if (typeof selector === 'string') {
      if (!isAbsoluteIri(selector)) fail(path, 'a Selector given by reference MUST be an IRI');
      return;
    }
    if (!isNode(selector)) return fail(path, 'a Selector MUST be an object or an IRI');
    const types = typesOf(selector);
    const kind = types[0];
    const exactlyOneType = (name: string) => {
      if (types.length !== 1 || kind !== name)
        fail(path, `${name}s MUST have exactly 1 type and the value MUST be ${name}`);
    };
    if (types.includes('TextQuoteSelector')) {
      // §4.2.4.
      exactlyOneType('TextQuoteSelector');
      const exact = valuesOf(selector.exact);
      if (exact.length !== 1 || typeof exact[0] !== 'string')
        fail(path, 'Each TextQuoteSelector MUST have exactly 1 exact property');
      for (const key of ['prefix', 'suffix']) {
        const values = valuesOf(selector[key]);
        if (values.length > 1)
          fail(path, `Each TextQuoteSelector MUST NOT have more than 1 ${key} property`);
        for (const value of values)
          if (typeof value !== 'string') fail(path, `a TextQuoteSelector's ${key} is text`);
      }
    } else if (types.includes('TextPositionSelector') || types.includes('DataPositionSelector')) {
      // §4.2.5, §4.2.6: exactly 1 start and 1 end; for text, non-negative integers.
      const name = types.includes('TextPositionSelector')
        ? 'TextPositionSelector'
        : 'DataPositionSelector';
      exactlyOneType(name);
      for (const key of ['start', 'end']) {
        const values = valuesOf(selector[key]);
        if (values.length !== 1 || !isNonNegativeInteger(values[0]))
          fail(
            path,
            `Each ${name} MUST have exactly 1 ${key} property, and the value MUST be a non-negative integer`,
          );
      }
    } else if (
      types.includes('FragmentSelector') ||
      types.includes('CssSelector') ||
      types.includes('XPathSelector')
    ) {
      // §4.2.1–4.2.3: exactly 1 type and exactly 1 value; a FragmentSelector at most 1 conformsTo.
      const name = types.find((type) => /^(Fragment|Css|XPath)Selector$/.test(type))!;
      exactlyOneType(name);
      if (valuesOf(selector.value).length !== 1) fail(path, `a ${name} MUST have exactly 1 value`);
      if (name === 'FragmentSelector')
        checkAtMostOne(selector, 'conformsTo', path, 'a FragmentSelector');
    } else if (types.includes('RangeSelector')) {
      // §4.2.8: exactly 1 startSelector and exactly 1 endSelector.
      exactlyOneType('RangeSelector');
      for (const key of ['startSelector', 'endSelector']) {
        const values = valuesOf(selector[key]);
        if (values.length !== 1)
          fail(path, `There MUST be exactly 1 ${key} associated with a Range Selector`);
        values.forEach((value) => checkSelector(value, `${path}.${key}`));
      }
    } else if (types.includes('SvgSelector')) {
      if (valuesOf(selector.value).length > 1)
        fail(path, 'an SvgSelector MAY have exactly 1 value');
    }
    // §4.2.9: a Selector MAY be refinedBy 1 or more Selectors, each checked the same way.
    valuesOf(selector.refinedBy).forEach((refinement, index) =>
      checkSelector(refinement, `${path}.refinedBy[${index}]`),
    );
  }

  /** A body or target: an IRI, an External Web Resource, a Textual Body, a Specific Resource or a Choice. */
  function checkResource(resource: Json, path: string, role: 'body' | 'target') {
    if (typeof resource === 'string') {
      // §3.2.1: External Web Resources MUST have exactly 1 id with the resource's IRI.
      if (!isAbsoluteIri(resource)) fail(path, `a ${role} given by reference MUST be an IRI`);
      return;
    }
    if (!isNode(resource)) return fail(path, `a ${role} MUST be an object or an IRI`);
    const types = typesOf(resource);
    checkRights(resource, path);
    checkTimes(resource, path);
    checkTextDirection(resource, path);
    valuesOf(resource.creator).forEach((agent, index) =>
      checkAgent(agent, `${path}.creator[${index}]`),
    );

    if (types.includes('Choice')) {
      // §3.2.7: exactly 1 type, Choice.
      if (types.length !== 1)
        fail(path, 'The Choice MUST have exactly 1 type, and it MUST be the Choice class');
      valuesOf(resource.items).forEach((item, index) =>
        checkResource(item, `${path}.items[${index}]`, role),
      );
      return;
    }
    if (resource.source !== undefined || types.includes('SpecificResource')) {
      // §4: exactly 1 source, its IRI or an object with one; a Specific Resource's own id, at most 1.
      const sources = valuesOf(resource.source);
      if (sources.length !== 1)
        fail(
          path,
          'There MUST be exactly 1 source relationship associated with a Specific Resource',
        );
      for (const source of sources) {
        if (isNode(source)) checkExactlyOneIri(source, `${path}.source`, 'the source resource');
        else if (!isAbsoluteIri(source)) fail(`${path}.source`, 'the source MUST be an IRI');
      }
      if (valuesOf(resource.id).length > 1)
        fail(path, 'A Specific Resource MAY have exactly 1 IRI, no more');
      for (const id of valuesOf(resource.id))
        if (!isAbsoluteIri(id)) fail(path, 'A Specific Resource’s id MUST be an IRI');
      checkMotivations(resource, 'purpose', path);
      valuesOf(resource.selector).forEach((selector, index) =>
        checkSelector(selector, `${path}.selector[${index}]`),
      );
      return;
    }
    if (types.includes('TextualBody') || resource.value !== undefined) {
      // §3.2.4: exactly 1 value; at most 1 id.
      if (role === 'target') fail(path, 'The Target resource is always an External Web Resource');
      const values = valuesOf(resource.value);
      if (values.length !== 1 || typeof values[0] !== 'string')
        fail(path, 'There MUST be exactly 1 value property associated with the TextualBody');
      if (valuesOf(resource.id).length > 1) fail(path, 'The Body MAY have exactly 1 IRI, no more');
      checkMotivations(resource, 'purpose', path);
      return;
    }
    checkExactlyOneIri(resource, path, `an External Web Resource (${role})`);
  }

  function checkAnnotation(annotation: Json, path: string, embedded: boolean) {
    if (typeof annotation === 'string') {
      if (!isAbsoluteIri(annotation)) fail(path, 'an Annotation given by reference MUST be an IRI');
      return;
    }
    if (!isNode(annotation)) return fail(path, 'an Annotation MUST be an object');
    // §3.1: an embedded Annotation takes its @context from the document it is in.
    if (!embedded || annotation['@context'] !== undefined)
      checkContext(annotation, path, 'The Annotation', true);
    checkExactlyOneIri(annotation, path, 'An Annotation');
    if (!typesOf(annotation).includes('Annotation'))
      fail(
        path,
        'An Annotation MUST have 1 or more types, and the Annotation class MUST be one of them',
      );
    const targets = valuesOf(annotation.target);
    if (targets.length === 0)
      fail(path, 'There MUST be 1 or more target relationships associated with an Annotation');
    targets.forEach((target, index) => checkResource(target, `${path}.target[${index}]`, 'target'));
    // §3.2.5: bodyValue, at most 1, a plain string, and never beside body.
    if (annotation.bodyValue !== undefined) {
      if (annotation.body !== undefined)
        fail(
          path,
          'If the bodyValue property is present, then the body relationship MUST NOT also be present',
        );
      const values = valuesOf(annotation.bodyValue);
      if (values.length !== 1 || typeof values[0] !== 'string')
        fail(path, 'bodyValue MUST be a single xsd:string');
    }
    valuesOf(annotation.body).forEach((body, index) =>
      checkResource(body, `${path}.body[${index}]`, 'body'),
    );
    checkMotivations(annotation, 'motivation', path);
    checkRights(annotation, path);
    checkTimes(annotation, path);
    for (const key of ['creator', 'generator'])
      valuesOf(annotation[key]).forEach((agent, index) =>
        checkAgent(agent, `${path}.${key}[${index}]`),
      );
  }

  function checkPage(page: Json, path: string, embedded: boolean, collectionTotal?: number) {
    if (typeof page === 'string') {
      if (!isAbsoluteIri(page)) fail(path, 'a Page given by reference MUST be an IRI');
      return;
    }
    if (!isNode(page)) return fail(path, 'a Page MUST be an object or an IRI');
    // §5.2: a Page not embedded MUST have the context; embedded, it SHOULD NOT have one.
    if (!embedded) checkContext(page, path, 'The Page', false);
    else if (page['@context'] !== undefined)
      fail(path, 'an embedded Page SHOULD NOT have an @context property');
    checkExactlyOneIri(page, path, 'The Page');
    if (!typesOf(page).includes('AnnotationPage'))
      fail(
        path,
        'The Page MUST have 1 or more types, and the AnnotationPage class MUST be one of them',
      );
    const items = page.items;
    if (!Array.isArray(items) || items.length === 0)
      fail(path, 'Each Page MUST have an array of 1 or more Annotations as the value of items');
    else items.forEach((item, index) => checkAnnotation(item, `${path}.items[${index}]`, true));
    const startIndexes = valuesOf(page.startIndex);
    if (startIndexes.length > 1) fail(path, 'Each Page MUST NOT have more than 1 startIndex');
    for (const value of startIndexes)
      if (!isNonNegativeInteger(value)) fail(path, 'startIndex MUST be an xsd:nonNegativeInteger');
    // §5.2: a Page that is not the last MUST name the next one.
    const start = typeof page.startIndex === 'number' ? page.startIndex : 0;
    const count = Array.isArray(items) ? items.length : 0;
    if (collectionTotal !== undefined && start + count < collectionTotal && page.next === undefined)
      fail(
        path,
        'If the current page is not the last page in the Collection, it MUST have a reference to the IRI of the page that follows it',
      );
    for (const next of valuesOf(page.next))
      if (!isAbsoluteIri(next)) fail(path, 'next MUST be the IRI of the page that follows');
  }

  function checkCollection(collection: Node, path: string) {
    // §5.1.
    checkContext(collection, path, 'The Collection', false);
    checkExactlyOneIri(collection, path, 'The Collection');
    if (!typesOf(collection).includes('AnnotationCollection'))
      fail(
        path,
        'The Collection MUST have 1 or more types, and the AnnotationCollection class MUST be one of them',
      );
    for (const label of valuesOf(collection.label))
      if (typeof label !== 'string') fail(path, 'a Collection’s label MUST be a string');
    const totals = valuesOf(collection.total);
    for (const total of totals)
      if (!isNonNegativeInteger(total)) fail(path, 'total MUST be an xsd:nonNegativeInteger');
    const total = typeof totals[0] === 'number' ? totals[0] : undefined;
    const firsts = valuesOf(collection.first);
    if (total !== undefined && total > 0 && firsts.length !== 1)
      fail(
        path,
        'A Collection that has a total number of Annotations greater than 0 MUST have exactly 1 first page',
      );
    firsts.forEach((page) => checkPage(page, `${path}.first`, true, total));
    for (const last of valuesOf(collection.last))
      if (!isAbsoluteIri(last) && !isNode(last)) fail(path, 'last MUST be a Page or its IRI');
    checkRights(collection, path);
  }

  if (!isNode(document)) {
    fail('$', 'the document MUST be a JSON object');
    return found;
  }
  const types = typesOf(document);
  if (types.includes('AnnotationCollection')) checkCollection(document, '$');
  else if (types.includes('AnnotationPage')) checkPage(document, '$', false);
  else checkAnnotation(document, '$', false);
  return found;
}
