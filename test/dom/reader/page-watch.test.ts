import { describe, expect, it } from 'vitest';
import { PageWatch } from '../../../src/content/page-watch';

describe('PageWatch: has the page changed since Qari read it?', () => {
  it("ignores Qari's own traces (its root and the inert marks) and notices any other change", () => {
    document.body.innerHTML = '<main><p id="p">Text</p></main><aside>Aside</aside>';
    const watch = new PageWatch(document, 'qari-root');
    expect(watch.dirty).toBe(true); // never read yet
    watch.reset();
    expect(watch.dirty).toBe(false);
    const root = document.createElement('div');
    root.id = 'qari-root';
    root.attachShadow({ mode: 'open' }).append(document.createElement('article'));
    document.body.append(root);
    for (const child of [...document.body.children]) if (child !== root) child.setAttribute('inert', '');
    expect(watch.dirty).toBe(false);
    for (const child of [...document.body.children]) child.removeAttribute('inert');
    root.remove();
    expect(watch.dirty).toBe(false);
    document.getElementById('p')!.textContent = 'Other text';
    expect(watch.dirty).toBe(true);
    watch.reset();
    expect(watch.dirty).toBe(false);
    document.querySelector('aside')!.setAttribute('class', 'shown');
    expect(watch.dirty).toBe(true);
  });

  it("notices a new URL (an app's pushState) even when the DOM has not changed yet", () => {
    document.body.innerHTML = '<main><p>Text</p></main>';
    const watch = new PageWatch(document, 'qari-root');
    watch.reset();
    history.pushState({}, '', '/another-article');
    expect(watch.dirty).toBe(true);
  });
});
