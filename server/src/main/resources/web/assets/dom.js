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
 * What a log's line for event {@code seq} said gives way to {@code note}; the time and the
 * speaker stay, so the log still shows that someone spoke then. Nothing if the line is not there.
 */
export function withdrawLine(list, seq, note) {
  const li = list.querySelector('li[data-seq="' + Number(seq) + '"]');
  if (!li) {
    return;
  }
  const who = li.querySelector('strong');
  while (who && who.nextSibling) {
    who.nextSibling.remove();
  }
  li.append(who ? ': ' : '', h('em', { class: 'withdrawn', text: note }));
}
