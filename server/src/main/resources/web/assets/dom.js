// Builds elements. Text is always set with textContent (never parsed as HTML), so whatever
// a player writes shows as the characters they typed.

export function h(tag, props, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value === undefined || value === null || value === false) {
      continue;
    }
    if (key === 'class') {
      el.className = value;
    } else if (key === 'text') {
      el.textContent = value;
    } else if (key.startsWith('on')) {
      el.addEventListener(key.slice(2), value);
    } else if (key in el && typeof value !== 'string') {
      el[key] = value;
    } else {
      el.setAttribute(key, value === true ? '' : String(value));
    }
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/** Replaces the children of an element. */
export function fill(el, ...children) {
  el.replaceChildren();
  for (const child of children.flat(Infinity)) {
    if (child !== null && child !== undefined && child !== false) {
      el.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  }
  return el;
}

export function $(selector) {
  return document.querySelector(selector);
}

/**
 * The words of a log's line for event {@code seq} give way to {@code note}; the time and the
 * speaker stay, so the log still shows that someone spoke then. Only a line marked as holding a
 * delegation's own words (data-words) changes; nothing if there is none.
 */
export function withdrawLine(list, seq, note) {
  const li = list.querySelector('li[data-seq="' + Number(seq) + '"][data-words]');
  if (!li) {
    return;
  }
  const after = li.querySelector('strong') || li.querySelector('time');
  while (after && after.nextSibling) {
    after.nextSibling.remove();
  }
  li.append(after && after.tagName === 'STRONG' ? ': ' : ' ', h('em', { class: 'withdrawn', text: note }));
}

/** How a page scrolls by itself: smoothly, unless the reader asked the system for less motion. */
export function motion() {
  return matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
}
