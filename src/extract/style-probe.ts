/**
 * The few computed style facts `prepare` needs (is it hidden? which direction?), per element. In a browser they
 * come from `getComputedStyle`; a caller may inject another reader (node's CLI passes a light cascade, see
 * cli/light-cascade.ts, because jsdom's `getComputedStyle` takes seconds on a real page).
 */

export interface StyleFacts {
  display: string;
  visibility: string;
  position: string;
  width: string;
  height: string;
  overflow: string;
  clip: string;
  clipPath: string;
  left: string;
  top: string;
  textIndent: string;
  /** Declared or computed `direction`; empty when not declared (light cascade). */
  direction: string;
}

export type StyleOf = (el: Element) => Partial<StyleFacts> | null;

export const PROPS: (keyof StyleFacts)[] = [
  'display',
  'visibility',
  'position',
  'width',
  'height',
  'overflow',
  'clip',
  'clipPath',
  'left',
  'top',
  'textIndent',
  'direction',
];
export const CSS_NAMES: Record<keyof StyleFacts, string> = {
  display: 'display',
  visibility: 'visibility',
  position: 'position',
  width: 'width',
  height: 'height',
  overflow: 'overflow',
  clip: 'clip',
  clipPath: 'clip-path',
  left: 'left',
  top: 'top',
  textIndent: 'text-indent',
  direction: 'direction',
};

/** The browser's own reader: `getComputedStyle` of `win` (null for an element it cannot style). */
export function computedStyleOf(win: Window): StyleOf {
  return (el) => {
    try {
      return win.getComputedStyle(el);
    } catch {
      return null;
    }
  };
}
