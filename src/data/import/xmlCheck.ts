/**
 * A strict well-formedness check for XML before graphology's parsers see it: the
 * @xmldom/xmldom parser they use in Node and workers accepts mismatched tags and
 * truncated files and would import half a graph. Also refuses DOCTYPE entity
 * declarations (entity-expansion bombs). Linear scan; reports the first problem's line.
 */

export interface XmlCheck {
  ok: boolean;
  /** 1-based line of the first problem. */
  line?: number;
  reason?: string;
}

const NAME = /^[A-Za-z_][\w.:-]*/;

/** Checks tags are balanced and properly nested, with a single root element. */
export function checkXml(text: string): XmlCheck {
  const stack: string[] = [];
  let roots = 0;
  let i = 0;
  const lineAt = (position: number) => {
    let line = 1;
    for (let k = 0; k < position; k++) if (text.charCodeAt(k) === 10) line++;
    return line;
  };
  const fail = (position: number, reason: string): XmlCheck => ({
    ok: false,
    line: lineAt(position),
    reason,
  });
  while (i < text.length) {
    const open = text.indexOf('<', i);
    if (open < 0) break;
    if (stack.length === 0 && roots > 0 && text.slice(i, open).trim() !== '') {
      return fail(i, 'text after the root element');
    }
    if (text.startsWith('<!--', open)) {
      const end = text.indexOf('-->', open + 4);
      if (end < 0) return fail(open, 'unclosed comment');
      i = end + 3;
    } else if (text.startsWith('<![CDATA[', open)) {
      const end = text.indexOf(']]>', open + 9);
      if (end < 0) return fail(open, 'unclosed CDATA section');
      i = end + 3;
    } else if (text.startsWith('<?', open)) {
      const end = text.indexOf('?>', open + 2);
      if (end < 0) return fail(open, 'unclosed processing instruction');
      i = end + 2;
    } else if (text.startsWith('<!', open)) {
      if (
        /^<!DOCTYPE[^>]*\[/i.test(text.slice(open, open + 200)) ||
        /<!ENTITY/i.test(text.slice(open, open + 10000))
      ) {
        return fail(open, 'entity declarations are not allowed');
      }
      const end = text.indexOf('>', open);
      if (end < 0) return fail(open, 'unclosed declaration');
      i = end + 1;
    } else if (text[open + 1] === '/') {
      const end = text.indexOf('>', open);
      if (end < 0) return fail(open, 'unclosed end tag');
      const name = text.slice(open + 2, end).trim();
      const expected = stack.pop();
      if (name !== expected)
        return fail(
          open,
          expected
            ? `</${name}> where </${expected}> was expected`
            : `</${name}> without a start tag`,
        );
      i = end + 1;
    } else {
      const name = NAME.exec(text.slice(open + 1, open + 201))?.[0];
      if (!name) return fail(open, 'a "<" that starts no tag');
      // Find the tag's end outside quoted attribute values.
      let k = open + 1 + name.length;
      let quote: string | null = null;
      for (; k < text.length; k++) {
        const ch = text[k];
        if (quote) {
          if (ch === quote) quote = null;
        } else if (ch === '"' || ch === "'") quote = ch;
        else if (ch === '<') return fail(k, `unclosed <${name}> tag`);
        else if (ch === '>') break;
      }
      if (k >= text.length) return fail(open, `unclosed <${name}> tag`);
      const selfClosing = text[k - 1] === '/';
      if (stack.length === 0) {
        roots++;
        if (roots > 1) return fail(open, 'more than one root element');
      }
      if (!selfClosing) stack.push(name);
      i = k + 1;
    }
  }
  if (stack.length > 0)
    return fail(text.length, `<${stack.at(-1) ?? ''}> is never closed (the file may be cut off)`);
  if (roots === 0) return fail(0, 'no root element');
  return { ok: true };
}
