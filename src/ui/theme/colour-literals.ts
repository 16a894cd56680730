/*
 * Finds colours written outside the tokens (src/ui/theme/tokens.css): hex, the colour functions
 * and CSS's named colours. `currentColor`, `transparent` and the system colours of forced-colors
 * mode (CanvasText, ButtonBorder…) are not a colour of our choosing, so they pass. Used by the
 * tests only.
 */

const stripComments = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, '');

// Every colour keyword of CSS Color 4 but the ones that are not a colour of our choosing.
const NAMED_COLOURS =
  'aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet brown burlywood cadetblue chartreuse chocolate coral cornflowerblue cornsilk crimson cyan darkblue darkcyan darkgoldenrod darkgray darkgreen darkgrey darkkhaki darkmagenta darkolivegreen darkorange darkorchid darkred darksalmon darkseagreen darkslateblue darkslategray darkslategrey darkturquoise darkviolet deeppink deepskyblue dimgray dimgrey dodgerblue firebrick floralwhite forestgreen fuchsia gainsboro ghostwhite gold goldenrod gray green greenyellow grey honeydew hotpink indianred indigo ivory khaki lavender lavenderblush lawngreen lemonchiffon lightblue lightcoral lightcyan lightgoldenrodyellow lightgray lightgreen lightgrey lightpink lightsalmon lightseagreen lightskyblue lightslategray lightslategrey lightsteelblue lightyellow lime limegreen linen magenta maroon mediumaquamarine mediumblue mediumorchid mediumpurple mediumseagreen mediumslateblue mediumspringgreen mediumturquoise mediumvioletred midnightblue mintcream mistyrose moccasin navajowhite navy oldlace olive olivedrab orange orangered orchid palegoldenrod palegreen paleturquoise palevioletred papayawhip peachpuff peru pink plum powderblue purple rebeccapurple red rosybrown royalblue saddlebrown salmon sandybrown seagreen seashell sienna silver skyblue slateblue slategray slategrey snow springgreen steelblue tan teal thistle tomato turquoise violet wheat white whitesmoke yellow yellowgreen'.split(
    ' ',
  );
const literal = new RegExp(
  String.raw`#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\(|\b(?:${NAMED_COLOURS.join('|')})\b`,
  'i',
);

/** Each declaration's value with a colour literal in it (strings and comments taken out). */
export function colourLiterals(css: string): string[] {
  const text = stripComments(css).replace(/'[^']*'|"[^"]*"/g, "''");
  return [...text.matchAll(/[\w-]+\s*:\s*([^;{}]+)[;}]/g)]
    .map(([declaration]) => declaration.trim())
    .filter((declaration) => literal.test(declaration.replace(/^[\w-]+\s*:/, '')));
}
