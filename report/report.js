// copydesk report: draws the clusters of a run from the page's two data blocks.
//
// cd-index (JSON): {config, meta, clusters: [{id, size, canonical, uncredited, changed,
//   members: [[id, title, source, url, lead?], ...]}]} -- parsed at load; drives list, search, sort.
// cd-details (one JSON line per cluster, same order): {cluster, articles, claims, disagreements}
//   -- a line is parsed only when its cluster is opened.
//
// Every text from the data goes into the page through textContent or createTextNode, never as
// markup. The list is drawn a page at a time; a cluster's side-by-side only when it is opened.
// Both clusters.json shapes are read: kept as canonical indices or [canonical, copy] pairs, cut
// and added as indices or {index, text}; a missing field is shown as absent.
'use strict';
(function () {
  const byId = (id) => document.getElementById(id);

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  // A string from the data, isolated from what is around it and set in its own direction: a
  // right-to-left source or a stray direction mark (U+202E) cannot reorder the page's own text.
  function iso(text, tag) {
    const e = el(tag || 'bdi', null, text);
    e.dir = 'auto';
    return e;
  }
  // Appends the data strings `bits`, each isolated, separated by " · ".
  function joined(parent, bits) {
    bits.forEach((b, i) => add(parent, i ? ' \u00b7 ' : null, iso(b)));
    return parent;
  }
  function add(parent, ...kids) {
    for (const k of kids) {
      if (k === null || k === undefined || k === false) continue;
      parent.appendChild(typeof k === 'object' ? k : document.createTextNode(String(k)));
    }
    return parent;
  }
  const arr = (x) => (Array.isArray(x) ? x : []);
  const isIndex = (x) => Number.isInteger(x) && x >= 0;
  const str = (x) => (typeof x === 'string' && x !== '' ? x : null);
  // The outlet an article is from: its source, else the host of its web address ("www." dropped).
  const outlet = (a) => {
    if (str(a.source)) return a.source;
    // (A host holding a direction control would read as another: it is shown encoded.)
    const m = /^https?:\/\/(?:www\.)?([^/:?#\s]+)/i.exec(str(a.url) || '');
    return m ? showControls(m[1]) : null;
  };
  // `s` with its bidirectional controls (embeddings, overrides, isolates, marks, the Arabic
  // letter mark) written as their UTF-8 bytes in %XX, as an address carries them.
  function showControls(s) {
    return s.replace(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
                     (ch) => Array.from(new TextEncoder().encode(ch), (b) => '%' + b.toString(16).toUpperCase()).join(''));
  }
  const plural = (n, one, many) => n.toLocaleString('en') + ' ' + (n === 1 ? one : many || one + 's');
  function fmtNumber(x, digits) {
    return typeof x === 'number' && isFinite(x) ? x.toFixed(digits) : null;
  }

  function fatal(message) {
    add(byId('clusters'), el('li', 'fatal', message));
  }

  // ---- data -------------------------------------------------------------------------------
  const indexEl = byId('cd-index');
  const detailsEl = byId('cd-details');
  let data;
  try {
    data = JSON.parse(indexEl.textContent);
  } catch (err) {
    fatal('The report data is damaged (' + err.message + '); render it again with copydesk report.');
    return;
  }
  const detailsText = detailsEl.textContent;
  // The data stays in script variables; out of the DOM it neither weighs on it nor shows in it.
  indexEl.remove();
  detailsEl.remove();

  const config = data.config || {};
  const PAGE = config.page_size > 0 ? config.page_size : 50;
  const OPEN_MAX = config.open_max >= 0 ? config.open_max : 3;

  const clusters = arr(data.clusters).map((c, k) => {
    const members = arr(c.members).map((m) => ({
      id: str(m[0]) || '', title: str(m[1]), source: str(m[2]), url: str(m[3]), lead: str(m[4]),
    }));
    const canon = members.find((m) => m.id === c.canonical) || members[0] || { id: c.id };
    const hay = [c.id];
    for (const m of members) hay.push(m.id, m.title || '', m.source || '', m.url || '', m.lead || '');
    return {
      k, id: String(c.id), size: members.length, members, canon,
      uncredited: c.uncredited | 0, changed: c.changed | 0,
      title: canon.title || canon.lead || canon.id,
      hay: hay.join('\n').toLowerCase(),
    };
  });

  let lineStarts = null;
  // Returns the parsed detail record of cluster k.
  function details(k) {
    if (!lineStarts) {
      lineStarts = [0];
      for (let p = detailsText.indexOf('\n'); p !== -1; p = detailsText.indexOf('\n', p + 1)) lineStarts.push(p + 1);
    }
    const end = k + 1 < lineStarts.length ? lineStarts[k + 1] - 1 : detailsText.length;
    return JSON.parse(detailsText.slice(lineStarts[k], end));
  }

  // ---- header -----------------------------------------------------------------------------
  const multi = clusters.filter((c) => c.size > 1);
  const singles = clusters.length - multi.length;
  {
    const run = byId('run');
    const meta = data.meta || {};
    const copies = multi.reduce((n, c) => n + c.size - 1, 0);
    const unc = clusters.reduce((n, c) => n + c.uncredited, 0);
    const figs = clusters.reduce((n, c) => n + c.changed, 0);
    const articles = clusters.reduce((n, c) => n + c.size, 0);
    run.dataset.clusters = clusters.length;
    run.dataset.withCopies = multi.length;
    run.dataset.uncredited = unc;
    add(run, el('b', null, plural(articles, 'article')), ' in ', el('b', null, plural(clusters.length, 'cluster')),
        ' · ', el('b', null, plural(multi.length, 'story', 'stories')), ' with ', plural(copies, 'copy', 'copies'), ' · ');
    add(run, el('b', unc ? 'warn' : null, plural(unc, 'uncredited copy', 'uncredited copies')));
    if (figs) add(run, ' · ', plural(figs, 'changed figure'));
    const inputs = arr(meta.inputs).filter((x) => typeof x === 'string');
    // The inputs: the first few (3,000 files named one by one made a header 8,000 px tall).
    if (inputs.length) {
      const shown = inputs.slice(0, 5).join(', ');
      add(run, ' · from ', inputs.length > 5 ? shown + ' and ' + plural(inputs.length - 5, 'more input') : shown);
      if (inputs.length > 5) run.title = inputs.join('\n');
    }
    if (typeof meta.copydesk_version === 'string') add(run, ' · copydesk ' + meta.copydesk_version);
    byId('singles-label').textContent = 'Show single articles (' + singles.toLocaleString('en') + ')';
  }

  // ---- list, search, sort ------------------------------------------------------------------
  const state = { q: '', sort: 'uncredited', singles: false, list: [], drawn: 0 };
  const byKey = {
    uncredited: (a, b) => b.uncredited - a.uncredited || b.size - a.size || b.changed - a.changed || (a.id < b.id ? -1 : 1),
    size: (a, b) => b.size - a.size || b.uncredited - a.uncredited || b.changed - a.changed || (a.id < b.id ? -1 : 1),
    changed: (a, b) => b.changed - a.changed || b.uncredited - a.uncredited || b.size - a.size || (a.id < b.id ? -1 : 1),
  };
  const sorted = {};
  function sortedBy(key) {
    if (!sorted[key]) sorted[key] = clusters.slice().sort(byKey[key]);
    return sorted[key];
  }

  const listEl = byId('clusters');
  const moreEl = byId('more');
  const shownEl = byId('shown');

  function filter() {
    const terms = state.q.toLowerCase().split(/\s+/).filter(Boolean);
    state.list = sortedBy(state.sort).filter((c) => (state.singles || c.size > 1) && terms.every((t) => c.hay.includes(t)));
    state.drawn = 0;
    listEl.replaceChildren();
    drawMore();
    if (!state.list.length) {
      const hidden = state.singles ? 0 : clusters.filter((c) => c.size === 1 && terms.every((t) => c.hay.includes(t))).length;
      const tick = ' Tick \u201cShow single articles\u201d to list ' + (hidden === 1 ? 'it.' : 'them.');
      add(listEl, el('li', 'empty-list', state.q
        ? 'No story with copies matches \u201c' + state.q + '\u201d.' + (hidden ? ' ' + plural(hidden, 'single article') + ' ' + (hidden === 1 ? 'does.' : 'do.') + tick : '')
        : state.singles ? 'No articles.' : 'No copies found: every article stands alone.' + tick));
    }
  }

  function drawMore() {
    const end = Math.min(state.list.length, state.drawn + PAGE);
    const frag = document.createDocumentFragment();
    // (A cluster a link drew ahead of its place is not drawn twice.)
    for (let i = state.drawn; i < end; i++) if (!byId('cluster-' + state.list[i].id)) frag.appendChild(clusterItem(state.list[i]));
    listEl.appendChild(frag);
    state.drawn = end;
    if (watcher) {
      watcher.unobserve(moreEl);
      watcher.observe(moreEl);
    }
    const total = state.list.length;
    shownEl.dataset.matches = total;
    shownEl.dataset.drawn = end;
    shownEl.textContent = (state.q ? plural(total, 'match', 'matches') : plural(total, state.singles ? 'cluster' : 'story with copies', state.singles ? 'clusters' : 'stories with copies')) +
      (end < total ? ' · showing ' + end.toLocaleString('en') : '');
    moreEl.replaceChildren();
    if (end < total) {
      const b = el('button', null, 'Show ' + Math.min(PAGE, total - end) + ' more of ' + (total - end).toLocaleString('en'));
      b.addEventListener('click', drawMore);
      moreEl.appendChild(b);
    }
  }

  // Scrolling near the end draws more; observed again after each drawing, as the button may
  // still be in view (a short page size, a tall window), which fires no new crossing.
  let watcher = null;
  if ('IntersectionObserver' in window) {
    watcher = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting) && state.drawn < state.list.length) drawMore();
    }, { rootMargin: '400px' });
    watcher.observe(moreEl);
  }

  function clusterItem(c) {
    const li = el('li', 'cluster');
    li.id = 'cluster-' + c.id;
    li.dataset.id = c.id;
    li.dataset.size = c.size;
    li.dataset.uncredited = c.uncredited;
    if (c.uncredited) li.classList.add('has-unc');
    const head = el('button', 'head');
    head.type = 'button';
    head.setAttribute('aria-expanded', 'false');
    const sub = joined(el('span', 'sub'), [outlet(c.canon), c.size > 1 ? 'canonical ' + c.canon.id : c.canon.id, c.id].filter(Boolean));
    const badges = el('span', 'badges');
    add(badges, el('span', 'badge', c.size > 1 ? plural(c.size, 'article') : 'single'));
    if (c.uncredited) add(badges, el('span', 'badge unc', c.uncredited + ' uncredited'));
    if (c.changed) add(badges, el('span', 'badge fig-count', plural(c.changed, 'changed figure')));
    const title = el('span', 'title', c.title);
    title.dir = 'auto';
    add(head, el('span', 'chev', '\u25b8'), title, badges, sub);
    head.addEventListener('click', () => toggleCluster(li, c));
    li.appendChild(head);
    return li;
  }

  function toggleCluster(li, c) {
    const open = li.classList.toggle('open');
    li.firstChild.setAttribute('aria-expanded', String(open));
    if (!open) {
      // Closed clusters leave the DOM: it stays as small as what is on screen.
      if (li.lastChild.classList.contains('body')) li.lastChild.remove();
      return;
    }
    const body = el('div', 'body');
    try {
      drawCluster(body, c, details(c.k));
    } catch (err) {
      add(body, el('p', 'fatal', 'This cluster cannot be shown: ' + err.message));
    }
    li.appendChild(body);
  }

  // ---- one cluster --------------------------------------------------------------------------
  function articleMeta(a) {
    const meta = el('div', 'meta');
    const byline = str(a.byline) && !/^by\b/i.test(a.byline) ? 'by ' + a.byline : a.byline;
    const bits = [a.source, a.published, byline].filter((x) => str(x));
    joined(meta, bits);
    const url = str(a.url);
    if (url) {
      if (bits.length) add(meta, ' \u00b7 ');
      if (/^https?:\/\//i.test(url)) {
        // Shown with its direction controls made visible: U+202E in a URL would make the
        // address read otherwise than it opens.
        const link = iso(showControls(url), 'a');
        link.href = url;
        link.target = '_blank';
        link.rel = 'noopener noreferrer';
        add(meta, link);
      } else {
        add(meta, iso(url));
      }
    }
    if (!bits.length && !url) add(meta, iso(a.origin || a.id));
    return meta;
  }

  function creditLine(member, canonAgency) {
    const credit = member.credit && typeof member.credit === 'object' ? member.credit : {};
    const p = el('p', 'credit');
    // "unnamed": a staff credit line ("Reporting by ...; Editing by ...") that names no agency.
    if (str(credit.agency)) {
      const agency = iso(credit.agency === 'unnamed' ? 'a staff line' : credit.agency, 'span');
      agency.className = 'agency';
      add(p, 'Credits ', agency, credit.agency === 'unnamed' ? ' (no agency named)' : null);
      if (str(credit.evidence)) add(p, ': ', iso(credit.evidence, 'q'));
    } else if (member.uncredited === true) {
      add(p, el('span', 'flag', 'No credit'), ' ',
          canonAgency === 'unnamed' ? 'The canonical carries a staff credit line; this copy names no one.'
          : canonAgency ? 'The canonical is ' + canonAgency + ' copy; this copy names no agency.' : 'This copy names no agency.');
    } else {
      p.classList.add('none');
      add(p, 'No credit line found.');
    }
    // A photo credit: a string, an object, or (clusters.json) a list of {agency, evidence}.
    const photos = Array.isArray(member.photo_credit) ? member.photo_credit : member.photo_credit ? [member.photo_credit] : [];
    // Each as the page words it ("Photo: Reuters"), else by its agency.
    for (const photo of photos) {
      const text = typeof photo === 'string' ? photo : photo && typeof photo === 'object'
        ? str(photo.evidence) || (str(photo.agency) ? 'Photo credit: ' + photo.agency : '') : '';
      if (text) add(p, ' \u00b7 ', iso(text, 'q'));
    }
    return p;
  }

  function drawCluster(body, c, det) {
    const cluster = det.cluster || {};
    const articles = det.articles || {};
    const members = arr(cluster.members);
    const canonId = cluster.canonical || c.canon.id;
    const canonMember = members.find((m) => m.id === canonId) || { id: canonId };
    const canon = articles[canonId] || { id: canonId, paragraphs: [] };
    const canonAgency = canonMember.credit && str(canonMember.credit.agency);

    const card = el('section', 'card canon');
    const kicker = c.size > 1 ? 'Canonical' + (str(cluster.canonical_reason) ? ' \u00b7 chosen by ' + cluster.canonical_reason.replace(/-/g, ' ') : '') : 'Single article';
    add(card, el('p', 'kicker', kicker), iso(canon.title || c.title, 'h3'), articleMeta(canon), creditLine(canonMember, null));
    body.appendChild(card);

    const copies = members.filter((m) => m.id !== canonId);
    if (!copies.length) {
      const sbs = el('div', 'sbs');
      for (const [i, text] of arr(canon.paragraphs).entries())
        add(sbs, add(el('div', 'row single'), paragraphCell('cell canon', text, canon, i)));
      sbs.classList.add('single');
      body.appendChild(sbs);
      return;
    }
    // Uncredited copies first: they are what the editor is looking for.
    copies.sort((a, b) => (b.uncredited === true) - (a.uncredited === true));
    // The copies a page at a time (a story of 2,000 copies drew 42,000 elements at once).
    let drawn = 0;
    const more = el('div', 'more');
    const drawCopies = () => {
      const end = Math.min(copies.length, drawn + PAGE);
      const frag = document.createDocumentFragment();
      for (; drawn < end; drawn++) frag.appendChild(copyCard(copies[drawn], drawn < OPEN_MAX, det, canon, canonAgency));
      body.insertBefore(frag, more);
      more.replaceChildren();
      if (drawn < copies.length) {
        const b = el('button', null, 'Show ' + Math.min(PAGE, copies.length - drawn) + ' more of ' +
                     plural(copies.length - drawn, 'copy', 'copies'));
        b.addEventListener('click', drawCopies);
        more.appendChild(b);
      }
    };
    body.appendChild(more);
    drawCopies();
  }

  function copyCard(m, open, det, canon, canonAgency) {
    const a = Object.assign({ id: m.id, paragraphs: [] }, (det.articles || {})[m.id]);
    // Newer clusters.json records name the copy's title, source, url and date themselves.
    for (const key of ['title', 'source', 'url', 'published']) if (!str(a[key]) && str(m[key])) a[key] = m[key];
    // Green only for a copy that credits someone; a copy of a canonical that names no agency,
    // itself naming none, is neither flagged nor green.
    const credits = m.credit && typeof m.credit === 'object' && str(m.credit.agency) && m.credit.agency !== 'unnamed';
    const card = el('section', 'card copy ' + (m.uncredited === true ? 'uncredited' : credits ? 'credited' : 'no-credit'));
    card.dataset.id = m.id;
    const report = alignment(m.paragraphs, canon, a);

    const head = el('div', 'copy-head');
    const left = el('div');
    const kicker = el('p', 'kicker', 'Copy');
    if (m.exact_duplicate === true) add(kicker, ' \u00b7 exact duplicate');
    add(left, kicker, iso(a.title || a.id, 'h3'), articleMeta(a));
    const stats = el('div', 'stats');
    const figures = [];
    const j = fmtNumber(m.jaccard, 2), ct = fmtNumber(m.containment, 2);
    if (typeof m.kept_share === 'number') figures.push(['keeps ', Math.round(m.kept_share * 100) + '%', ' of the canonical']);
    if (typeof m.added_words === 'number' && m.added_words > 0) figures.push(['adds ', m.added_words.toLocaleString('en'), ' words']);
    if (j) figures.push(['Jaccard ', j, '']);
    if (ct) figures.push(['containment ', ct, '']);
    figures.forEach(([pre, value, post], i) => add(stats, i ? ' \u00b7 ' : null, pre, el('b', null, value), post));
    if (report) {
      const counts = el('div', 'counts');
      for (const kind of ['kept', 'edited', 'cut', 'added', 'moved']) {
        const n = report.counts[kind];
        if (n) add(counts, el('span', 'count ' + kind, n + ' ' + kind));
      }
      stats.appendChild(counts);
    }
    add(head, left, stats);
    add(card, head, creditLine(m, canonAgency));

    const changes = changedFigures(m, det, canon.id, a.id);
    if (changes.length) card.appendChild(figureTable(changes));

    if (!report) {
      add(card, el('p', 'note', 'No paragraph report for this copy (the run was made with --no-reports).'));
      return card;
    }
    const toggle = el('button', 'toggle');
    toggle.type = 'button';
    let sbs = null;
    const flip = () => {
      if (sbs) {
        sbs.remove();
        sbs = null;
      } else {
        sbs = sideBySide(report, canon, a);
        card.appendChild(sbs);
      }
      toggle.textContent = sbs ? 'Hide side by side' : 'Show side by side';
      toggle.setAttribute('aria-expanded', String(!!sbs));
    };
    toggle.addEventListener('click', flip);
    card.appendChild(toggle);
    if (open) flip();
    else toggle.textContent = 'Show side by side';
    return card;
  }

  // ---- changed figures -----------------------------------------------------------------------
  function claimOf(det, article, id) {
    if (!id) return null;
    return arr((det.claims || {})[article]).find((c) => c.claim_id === id) || null;
  }
  function valueText(surface, value, unit) {
    if (str(surface)) return surface;
    if (typeof value === 'number') return value.toLocaleString('en') + (str(unit) && unit !== 'count' ? ' ' + unit : '');
    if (str(value)) return value;
    return '?';
  }
  // Returns [{subject, before, after, period}] for the figures this copy states differently.
  function changedFigures(m, det, canonId, copyId) {
    if (Array.isArray(m.changed_figures)) {
      return m.changed_figures.filter((f) => f && typeof f === 'object').map((f) => {
        const was = claimOf(det, canonId, f.canonical_claim) || {};
        const now = claimOf(det, copyId, f.copy_claim) || {};
        return {
          subject: str(f.subject) || str(was.subject) || str(now.subject) || '',
          before: valueText(f.surface_canonical || f.canonical_surface || was.surface, f.canonical_value, f.unit || was.unit),
          after: valueText(f.surface_copy || f.copy_surface || now.surface, f.copy_value, f.unit || now.unit),
          period: str(f.period) || str(was.period) || str(now.period) || '',
        };
      });
    }
    // Older outputs: the cluster's disagreements that set this copy against the canonical.
    const out = [];
    for (const d of arr(det.disagreements)) {
      const values = arr(d.values);
      const has = (v, id) => arr(v && v.articles).includes(id);
      const was = values.find((v) => has(v, canonId));
      const now = values.find((v) => has(v, copyId));
      if (!was || !now || was === now) continue;
      const period = [d.period_start, d.period_end].filter((x) => str(x));
      out.push({
        subject: str(d.subject) || '', before: valueText(was.surface, was.value, d.unit),
        after: valueText(now.surface, now.value, d.unit), period: [...new Set(period)].join(' to '),
      });
    }
    return out;
  }
  function figureTable(changes) {
    const t = el('table', 'figs');
    add(t, el('caption', null, plural(changes.length, 'figure') + ' changed by this copy'));
    const hr = el('tr');
    for (const h of ['About', 'Canonical', 'This copy', 'Period']) add(hr, el('th', null, h));
    add(t, add(el('thead'), hr));
    const tb = el('tbody');
    for (const f of changes) {
      const tr = el('tr', 'fig-change');
      add(tr, el('td', null, f.subject), el('td', 'was', f.before), add(el('td', 'now'), el('b', 'fig', f.after)), el('td', null, f.period));
      tb.appendChild(tr);
    }
    return add(t, tb);
  }

  // ---- alignment ------------------------------------------------------------------------------
  const indexOf = (x) => (isIndex(x) ? x : x && typeof x === 'object' && isIndex(x.index) ? x.index : null);

  // Returns {rows, counts} in copy order, or null when the copy has no paragraph report. A
  // paragraph the copy split (one canonical, two copy paragraphs) or paragraphs it merged (two
  // canonical, one copy paragraph) are in several pairs: a row each, the side they share shown
  // once (`split` or `merged` on the rows after the first).
  function alignment(p, canon, copy) {
    if (!p || typeof p !== 'object') return null;
    const canonParas = arr(canon.paragraphs), copyParas = arr(copy.paragraphs);
    const pairs = new Map();  // copy index -> [{c, kind, edit}], by canonical index
    const used = new Set();   // canonical indices paired with a copy paragraph
    const seen = new Set();   // "c,j" of the pairs taken
    const keptCanonOnly = [];
    // An index past the end of a known paragraph list points nowhere: it is left out.
    const inCanon = (c) => isIndex(c) && (!canonParas.length || c < canonParas.length);
    const inCopy = (j) => isIndex(j) && (!copyParas.length || j < copyParas.length);
    const pair = (c, j, kind, edit) => {
      if (!inCanon(c) || !inCopy(j) || seen.has(c + ',' + j)) return;
      seen.add(c + ',' + j);
      if (!pairs.has(j)) pairs.set(j, []);
      pairs.get(j).push({ c, kind, edit });
      used.add(c);
    };
    for (const k of arr(p.kept)) {
      if (Array.isArray(k)) pair(k[0], k[1], 'kept');
      else if (k && typeof k === 'object') pair(k.canonical, k.copy, 'kept');
      else if (inCanon(k)) keptCanonOnly.push(k);
    }
    for (const e of arr(p.edited)) if (e && typeof e === 'object') pair(e.canonical, e.copy, 'edited', e);
    const cutText = new Map(), addedText = new Map();
    for (const x of arr(p.cut)) if (inCanon(indexOf(x))) cutText.set(indexOf(x), x && str(x.text));
    for (const x of arr(p.added)) if (inCopy(indexOf(x))) addedText.set(indexOf(x), x && str(x.text));
    // (A loop, not Math.max(...list): spreading 125,000 indices overflows the call stack.)
    const past = (n, ...lists) => {
      for (const list of lists) for (const i of list) if (i + 1 > n) n = i + 1;
      return n;
    };
    const nCopy = past(copyParas.length, pairs.keys(), addedText.keys());
    const nCanon = past(canonParas.length, used, cutText.keys(), keptCanonOnly);
    if (keptCanonOnly.length) {
      // Older outputs name only the canonical side of a kept paragraph: pair them, in order,
      // with the copy paragraphs that are neither edited nor added, preferring the same text.
      const free = [];
      for (let j = 0; j < nCopy; j++) if (!pairs.has(j) && !addedText.has(j)) free.push(j);
      const taken = new Set();
      for (const c of keptCanonOnly) {
        const text = canonParas[c];
        let j = free.find((f) => !taken.has(f) && typeof text === 'string' && copyParas[f] === text);
        if (j === undefined) j = free.find((f) => !taken.has(f));
        if (j === undefined) break;
        taken.add(j);
        pair(c, j, 'kept');
      }
    }
    for (const list of pairs.values()) list.sort((x, y) => x.c - y.c);
    // Moved: the pairs the record marks as moved; an older record without the list: the pairs
    // outside the longest run that keeps the canonical order (a split's or merge's parts, side
    // by side, are in order).
    const order = [];
    for (const j of [...pairs.keys()].sort((x, y) => x - y)) for (const pr of pairs.get(j)) order.push({ j, pr });
    const moved = new Set();
    if (Array.isArray(p.moved)) {
      for (const x of p.moved) {
        const c = Array.isArray(x) ? x[0] : x && typeof x === 'object' ? x.canonical : x;
        const j = Array.isArray(x) ? x[1] : x && typeof x === 'object' ? x.copy : undefined;
        for (const o of order) if (o.pr.c === c && (j === undefined || o.j === j)) moved.add(o.pr);
      }
    } else {
      const inOrder = longestIncreasing(order.map((o) => o.pr.c));
      order.forEach((o, i) => { if (!inOrder.has(i)) moved.add(o.pr); });
    }

    const rows = [];
    const counts = { kept: 0, edited: 0, cut: 0, added: 0, moved: 0 };
    let next = 0;
    const cutUpTo = (limit) => {
      for (; next < limit; next++) {
        if (used.has(next)) continue;
        rows.push({ kind: 'cut', c: next, text: cutText.get(next) });
        counts.cut++;
      }
    };
    // The canonical index of the next paragraph in order at or after each copy position: the
    // paragraphs cut before it are shown before the copy's additions at that spot.
    const nextInOrder = new Array(nCopy + 1).fill(nCanon);
    for (let j = nCopy - 1; j >= 0; j--) {
      const first = (pairs.get(j) || []).find((pr) => !moved.has(pr));
      nextInOrder[j] = first ? first.c : nextInOrder[j + 1];
    }
    let last = null;  // the previous pair's row
    for (let j = 0; j < nCopy; j++) {
      const list = pairs.get(j);
      if (!list) {
        cutUpTo(nextInOrder[j]);
        rows.push({ kind: 'added', j, text: addedText.get(j) });
        counts.added++;
        last = null;
        continue;
      }
      for (const pr of list) {
        const isMoved = moved.has(pr);
        if (!isMoved && pr.c >= next) {
          cutUpTo(pr.c);
          next = pr.c + 1;
        }
        const row = { kind: pr.kind, c: pr.c, j, edit: pr.edit, moved: isMoved };
        if (last && last.j === j && last.c !== pr.c) row.merged = true;      // copy side shown above
        else if (last && last.c === pr.c && last.j !== j) row.split = true;  // canonical side shown above
        rows.push(row);
        counts[pr.kind]++;
        if (isMoved) counts.moved++;
        last = row;
      }
    }
    cutUpTo(nCanon);
    return { rows, counts };
  }

  // Returns the set of positions of a longest non-decreasing subsequence of `xs`.
  function longestIncreasing(xs) {
    const tails = [], prev = new Array(xs.length).fill(-1);
    for (let i = 0; i < xs.length; i++) {
      let lo = 0, hi = tails.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (xs[tails[mid]] <= xs[i]) lo = mid + 1; else hi = mid;
      }
      if (lo > 0) prev[i] = tails[lo - 1];
      tails[lo] = i;
    }
    const keep = new Set();
    for (let i = tails.length ? tails[tails.length - 1] : -1; i >= 0; i = prev[i]) keep.add(i);
    return keep;
  }

  // ---- side by side ---------------------------------------------------------------------------
  const DIGIT = /\d/;
  // Appends `text` to `parent`, wrapping the words that hold a digit in <b class="fig">.
  function addWords(parent, text, figures) {
    if (!figures || !DIGIT.test(text)) {
      parent.appendChild(document.createTextNode(text));
      return;
    }
    for (const part of text.split(/(\s+)/)) {
      if (DIGIT.test(part)) parent.appendChild(el('b', 'fig', part));
      else if (part) parent.appendChild(document.createTextNode(part));
    }
  }

  function paragraphCell(cls, text, article, i) {
    const cell = el('div', cls);
    cell.dir = 'auto';
    if (typeof text === 'string') cell.textContent = text;
    else {
      cell.classList.add('empty');
      cell.title = 'paragraph ' + i + ' is not in articles.jsonl';
    }
    if (arr(article.paragraph_kinds)[i] === 'heading') cell.classList.add('heading');
    return cell;
  }

  function diffCell(cls, ops, keep, mark, article, i) {
    const cell = el('div', cls);
    cell.dir = 'auto';
    ops.forEach((op, n) => {
      if (!Array.isArray(op) || typeof op[1] !== 'string' || (op[0] !== '=' && op[0] !== keep)) return;
      if (cell.firstChild) cell.appendChild(document.createTextNode(' '));
      if (op[0] === '=') addWords(cell, op[1], false);
      else {
        // A changed word holding a digit is a changed figure.
        const m = el(mark);
        addWords(m, op[1], true);
        cell.appendChild(m);
      }
    });
    if (arr(article.paragraph_kinds)[i] === 'heading') cell.classList.add('heading');
    return cell;
  }

  // The side a split or merge shares, whole, beside the first of its parts: each part's words in
  // turn, a kept part as it reads (its text from the other side), an edited part with its
  // changes marked ('+' the copy's words, '-' the canonical's).
  function joinedCell(cls, parts, keep, mark, article, i, otherParas) {
    const cell = el('div', cls);
    cell.dir = 'auto';
    for (const r of parts) {
      if (cell.firstChild) cell.appendChild(document.createTextNode(' '));
      if (r.kind === 'edited' && r.edit && Array.isArray(r.edit.diff) && r.edit.diff.length) {
        const part = diffCell('part', r.edit.diff, keep, mark, article, i);
        while (part.firstChild) cell.appendChild(part.firstChild);
      } else {
        const text = otherParas[keep === '+' ? r.c : r.j];
        if (typeof text === 'string') addWords(cell, text, false);
      }
    }
    if (arr(article.paragraph_kinds)[i] === 'heading') cell.classList.add('heading');
    return cell;
  }

  // The cell of a paragraph shown on the row above: the other part of a split or merge.
  function shared(side, how) {
    return el('div', 'cell ' + side + ' part',
              how === 'split' ? '\u2191 the same canonical paragraph: the copy split it in two'
                              : '\u2191 the same copy paragraph: it joins the canonical paragraphs');
  }

  function sideBySide(report, canon, copy) {
    const sbs = el('div', 'sbs');
    const head = el('div', 'sbs-head');
    add(head, el('div', null, 'Canonical \u00b7 ' + (outlet(canon) || canon.id)), el('div'), el('div', null, 'This copy \u00b7 ' + (outlet(copy) || copy.id)));
    sbs.appendChild(head);
    const canonParas = arr(canon.paragraphs), copyParas = arr(copy.paragraphs);
    const rows = report.rows;
    rows.forEach((r, n) => {
      const row = el('div', 'row ' + r.kind + (r.moved ? ' moved' : ''));
      let left, right, tag = r.kind;
      // The parts of a split or merge that starts here: this row and the flagged ones after it.
      const parts = [r];
      for (let k = n + 1; k < rows.length && (rows[k].merged || rows[k].split); k++) parts.push(rows[k]);
      const joined = parts.length > 1 && !r.split && !r.merged;
      const edits = joined && parts.some((x) => x.kind === 'edited');
      if (r.kind === 'cut') {
        left = paragraphCell('cell canon', canonParas[r.c] !== undefined ? canonParas[r.c] : r.text, canon, r.c);
        right = el('div', 'cell copy empty');
      } else if (r.kind === 'added') {
        left = el('div', 'cell canon empty');
        right = paragraphCell('cell copy', copyParas[r.j] !== undefined ? copyParas[r.j] : r.text, copy, r.j);
      } else if (r.kind === 'edited' && r.edit && Array.isArray(r.edit.diff) && r.edit.diff.length) {
        left = r.split ? shared('canon', 'split') : diffCell('cell canon', r.edit.diff, '-', 'del', canon, r.c);
        right = r.merged ? shared('copy', 'merged') : diffCell('cell copy', r.edit.diff, '+', 'ins', copy, r.j);
        const s = fmtNumber(r.edit.similarity, 2);
        if (s !== null) row.title = 'similarity ' + s;
      } else {
        left = r.split ? shared('canon', 'split') : paragraphCell('cell canon', canonParas[r.c], canon, r.c);
        right = r.merged ? shared('copy', 'merged') : paragraphCell('cell copy', copyParas[r.j], copy, r.j);
      }
      if (edits) {
        // The shared side whole, with every part's changes marked (not only this part's).
        if (parts[1].merged) right = joinedCell('cell copy joined', parts, '+', 'ins', copy, r.j, canonParas);
        else left = joinedCell('cell canon joined', parts, '-', 'del', canon, r.c, copyParas);
      }
      if (r.moved) tag = (r.kind === 'kept' ? '' : r.kind + ' ') + 'moved';
      if (r.split) tag += ' \u00b7 split';
      if (r.merged) tag += ' \u00b7 merged';
      if (r.kind === 'kept' && !r.moved && !edits) {
        // Kept text is the same on both sides: two lines of it, the rest on a click or a key.
        row.title = 'kept word for word: click to show it all';
        row.tabIndex = 0;
        row.setAttribute('role', 'button');
        row.setAttribute('aria-expanded', 'false');
        const toggle = () => row.setAttribute('aria-expanded', String(row.classList.toggle('full')));
        row.addEventListener('click', toggle);
        row.addEventListener('keydown', (ev) => {
          if (ev.key === 'Enter' || ev.key === ' ') {
            ev.preventDefault();
            toggle();
          }
        });
      } else if (r.kind === 'kept' && edits) {
        row.classList.add('full');  // beside the changed words of the parts: shown whole
      }
      add(row, left, el('div', 'tag', tag), right);
      sbs.appendChild(row);
    });
    return sbs;
  }

  // ---- controls and the address -------------------------------------------------------------
  const qEl = byId('q'), sortEl = byId('sort'), singlesEl = byId('singles');
  const params = new URLSearchParams(location.hash.replace(/^#/, ''));
  state.q = params.get('q') || '';
  if (byKey[params.get('sort')]) state.sort = params.get('sort');
  state.singles = params.get('singles') === '1';
  qEl.value = state.q;
  sortEl.value = state.sort;
  singlesEl.checked = state.singles;

  function remember() {
    const p = new URLSearchParams();
    if (state.q) p.set('q', state.q);
    if (state.sort !== 'uncredited') p.set('sort', state.sort);
    if (state.singles) p.set('singles', '1');
    const hash = p.toString();
    try {
      history.replaceState(null, '', hash ? '#' + hash : location.pathname + location.search);
    } catch (err) { /* some browsers refuse replaceState on file: pages */ }
  }
  let timer = 0;
  qEl.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => { state.q = qEl.value.trim(); filter(); remember(); }, 120);
  });
  sortEl.addEventListener('change', () => { state.sort = sortEl.value; filter(); remember(); });
  singlesEl.addEventListener('change', () => { state.singles = singlesEl.checked; filter(); remember(); });

  // "/" moves to the search box, as on most sites with one.
  document.addEventListener('keydown', (ev) => {
    if (ev.key === '/' && !/^(INPUT|SELECT|TEXTAREA)$/.test(document.activeElement.tagName)) {
      ev.preventDefault();
      qEl.focus();
    }
  });

  filter();
  // #open=ID[,ID...]: each cluster drawn (past the first page, a single article or one the
  // search hides: the list is widened to hold it) and opened; the first scrolled to.
  const unknown = [], wanted = [];
  for (const id of (params.get('open') || '').split(',').filter(Boolean)) {
    const c = clusters.find((x) => x.id === id);
    if (!c) unknown.push(id);
    else if (!wanted.includes(c)) wanted.push(c);  // (named twice: drawn once)
  }
  if (wanted.some((c) => c.size === 1) && !state.singles) {
    state.singles = singlesEl.checked = true;
    filter();
  }
  if (state.q && wanted.some((c) => !state.list.includes(c))) {
    state.q = qEl.value = '';
    filter();
  }
  // A linked cluster past what is drawn is drawn alone at the top of the list (drawing the list
  // down to it took 8 s and 200,000 elements for the 20,000th cluster).
  const ahead = document.createDocumentFragment();
  for (const c of wanted) if (state.list.indexOf(c) >= state.drawn && !byId('cluster-' + c.id)) ahead.appendChild(clusterItem(c));
  listEl.prepend(ahead);
  let first = null;
  for (const c of wanted) {
    const li = byId('cluster-' + c.id);
    if (li && !li.classList.contains('open')) toggleCluster(li, c);
    first = first || li;
  }
  if (unknown.length)
    listEl.prepend(el('li', 'empty-list', 'No cluster ' + unknown.map((x) => '\u201c' + x + '\u201d').join(', ') + ' in this report.'));
  if (first && first.scrollIntoView && first.getBoundingClientRect().top > window.innerHeight) first.scrollIntoView();
})();
