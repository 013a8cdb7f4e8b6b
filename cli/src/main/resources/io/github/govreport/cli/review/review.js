/*
 * The review page of `govreport report`, built from the JSON in #review-data: the document/3
 * objects that `extract --format json` writes, and the inputs that failed.
 *
 * Report text and fact fields are data: they reach the page only as text nodes (append of a
 * string, textContent) and attribute values, never as markup.
 *
 * Highlights: one <mark data-fact="N"> per fact, N being the fact's index in this page. A fact
 * inside another, or on the same span, is a mark nested in the other's mark. A fact that crosses
 * the end of another is split there: its rest is a second mark, <mark data-fact-part="N">, so that
 * the marks with data-fact are exactly the facts.
 */
(function () {
  'use strict';

  const started = performance.now();
  const KINDS = ['target', 'actual', 'unknown'];
  const SVG = 'http://www.w3.org/2000/svg';
  const collator = new Intl.Collator('zh-CN', { numeric: true });
  // Axis labels the way the reports write big numbers: 3.015万亿, not 3,014,579,000,000.
  const compact = new Intl.NumberFormat('zh-CN', { notation: 'compact', maximumSignificantDigits: 4 });
  const data = JSON.parse(document.getElementById('review-data').textContent);

  // Every fact of every document in document order; its index here (n) is its key on the page,
  // because fact ids repeat when two inputs have the same file name.
  const facts = [];
  const factsOfDocument = data.documents.map((doc, d) => doc.facts.map(fact => {
    const entry = { fact, doc, d, n: facts.length };
    facts.push(entry);
    return entry;
  }));
  const marksOf = facts.map(() => []);   // n → its marks, the first one first
  const rows = [];                        // n → its table row
  const charts = [];                      // { figure, members: [n, …] }

  // ------------------------------------------------------------------ small helpers

  /** An element with attributes ("text" sets its text) and children (strings become text nodes). */
  function el(tag, attributes, ...children) {
    const element = document.createElement(tag);
    setAttributes(element, attributes);
    element.append(...children);
    return element;
  }

  function svg(tag, attributes, ...children) {
    const element = document.createElementNS(SVG, tag);
    setAttributes(element, attributes);
    element.append(...children);
    return element;
  }

  function setAttributes(element, attributes) {
    for (const [name, value] of Object.entries(attributes || {})) {
      if (name === 'text') {
        element.textContent = value;
      } else {
        element.setAttribute(name, String(value));
      }
    }
  }

  /** A kind as a class name: only the three the model has. */
  function kindOf(fact) {
    return KINDS.includes(fact.kind) ? fact.kind : 'unknown';
  }

  function valueText(fact) {
    return fact.valueMax == null ? String(fact.value) : fact.value + '–' + fact.valueMax;
  }

  function quantityText(fact) {
    return valueText(fact) + (fact.unit == null ? '' : ' ' + fact.unit);
  }

  function orNone(value) {
    return value == null || value === '' ? '—' : String(value);
  }

  function summaryOf(fact) {
    return (fact.indicator || '(no indicator)') + ' · ' + fact.measure + ' ' + quantityText(fact)
      + ' · ' + fact.kind + ' ' + orNone(fact.period);
  }

  // ------------------------------------------------------------------ header

  function renderHeader() {
    const failures = data.failures;
    document.getElementById('summary').textContent = data.documents.length + ' documents, ' + facts.length
      + ' facts' + (failures.length ? ', ' + failures.length + ' inputs could not be read' : '');
    const legend = document.getElementById('legend');
    for (const kind of KINDS) {
      const count = facts.filter(e => kindOf(e.fact) === kind).length;
      legend.append(el('li', {}, el('mark', { class: 'fact kind-' + kind, text: kind }), ' ' + count));
    }
    if (failures.length) {
      document.getElementById('failures').hidden = false;
      const list = document.getElementById('failure-list');
      failures.forEach(f => list.append(el('li', {}, el('code', { text: f.input }), ': ' + f.reason)));
    }
  }

  // ------------------------------------------------------------------ documents and highlights

  function renderDocuments() {
    const container = document.getElementById('documents');
    if (!data.documents.length) {
      container.append(el('p', { class: 'panel hint', text: 'No document could be read.' }));
    }
    data.documents.forEach((doc, d) => {
      const metadata = doc.metadata || {};
      const about = [doc.doc, doc.source, metadata.region, metadata.year, doc.facts.length + ' facts']
        .filter(x => x != null && x !== '').join(' · ');
      const text = el('div', { class: 'doc-text' });
      highlight(text, doc.text, factsOfDocument[d]);
      container.append(el('details', { class: 'panel doc', id: 'doc-' + d, open: '' },
        el('summary', {}, el('h2', { text: metadata.title || doc.doc }), el('span', { class: 'about', text: about })),
        text));
    });
    container.addEventListener('click', event => {
      const mark = event.target.closest('mark');
      if (mark) {
        select(Number(mark.dataset.fact ?? mark.dataset.factPart), { scrollText: false });
      }
    });
  }

  /** Fills container with text, each fact of entries in a mark (see the comment at the top). */
  function highlight(container, text, entries) {
    const at = utf16Index(text);
    const byStart = entries.slice().sort((a, b) =>
      a.fact.start - b.fact.start || b.fact.end - a.fact.end || a.n - b.n);
    const boundaries = [...new Set(entries.flatMap(e => [e.fact.start, e.fact.end]))].sort((a, b) => a - b);
    const open = [];   // the marks open at the cursor, outermost first
    let cursor = 0;
    let next = 0;
    const innermost = () => open.length ? open[open.length - 1].mark : container;
    const textUpTo = to => {
      if (to > cursor) {
        innermost().append(text.slice(at[cursor], at[to]));
      }
      cursor = to;
    };
    const openMark = (entry, continued) => {
      const mark = el('mark', { class: 'fact kind-' + kindOf(entry.fact) + (continued ? ' continued' : ''),
        title: summaryOf(entry.fact) });
      mark.setAttribute(continued ? 'data-fact-part' : 'data-fact', entry.n);
      marksOf[entry.n].push(mark);
      innermost().append(mark);
      open.push({ entry, mark });
    };
    for (const p of boundaries) {
      textUpTo(p);
      // Closing a mark closes those opened inside it; the ones that go on past p are opened again.
      const first = open.findIndex(o => o.entry.fact.end === p);
      if (first >= 0) {
        open.splice(first)
          .filter(o => o.entry.fact.end > p)
          .sort((a, b) => b.entry.fact.end - a.entry.fact.end)
          .forEach(o => openMark(o.entry, true));
      }
      // The longest first, so that a shorter fact starting here nests inside it.
      while (next < byStart.length && byStart[next].fact.start === p) {
        openMark(byStart[next++], false);
      }
    }
    textUpTo(at.length - 1);
  }

  /** Code-point offset → UTF-16 index, for every offset from 0 to the text's length in code points. */
  function utf16Index(text) {
    const at = [0];
    for (let i = 0; i < text.length;) {
      i += text.codePointAt(i) > 0xffff ? 2 : 1;
      at.push(i);
    }
    return at;
  }

  // ------------------------------------------------------------------ the table

  const COLUMNS = [
    { label: 'Document', value: e => e.doc.doc },
    { label: 'Indicator', value: e => e.fact.indicator, wrap: true },
    { label: 'Id', value: e => e.fact.indicatorId },
    { label: 'Measure', value: e => e.fact.measure },
    { label: 'Value', value: e => e.fact.value, text: e => valueText(e.fact), numeric: true },
    { label: 'Unit', value: e => e.fact.unit },
    { label: 'Qualifier', value: e => e.fact.qualifier },
    { label: 'Kind', value: e => e.fact.kind, kind: true },
    { label: 'Period', value: e => e.fact.period, numeric: true },
    { label: 'Binding', value: e => e.fact.binding },
    { label: 'Section', value: e => e.fact.section.join(' › '), clip: true },
    { label: 'Confidence', value: e => e.fact.confidence, numeric: true },
  ];

  function renderTable() {
    const table = document.getElementById('facts');
    const header = table.tHead.rows[0];
    const sorting = { column: -1, ascending: true };
    COLUMNS.forEach((column, c) => {
      const button = el('button', { type: 'button', text: column.label });
      const th = el('th', { scope: 'col', 'aria-sort': 'none' }, button);
      if (column.numeric) {
        th.classList.add('numeric');
      }
      button.addEventListener('click', () => {
        sorting.ascending = sorting.column === c ? !sorting.ascending : true;
        sorting.column = c;
        for (const other of header.cells) {
          other.setAttribute('aria-sort', 'none');
        }
        th.setAttribute('aria-sort', sorting.ascending ? 'ascending' : 'descending');
        sortRows(table.tBodies[0], column, sorting.ascending);
      });
      header.append(th);
    });
    const body = table.tBodies[0];
    for (const entry of facts) {
      const row = el('tr', { 'data-row': entry.n });
      for (const column of COLUMNS) {
        const td = el('td', { text: column.text ? column.text(entry) : orNone(column.value(entry)) });
        if (column.wrap) {
          td.classList.add('wrap');
        }
        if (column.clip) {
          td.classList.add('clip');   // long heading paths: cut at the cell's end, whole in the tooltip
          td.title = td.textContent;
        }
        if (column.numeric) {
          td.classList.add('numeric');
        }
        if (column.kind) {
          td.classList.add('kind', 'kind-' + kindOf(entry.fact));
        }
        row.append(td);
      }
      rows[entry.n] = row;
      body.append(row);
    }
    body.addEventListener('click', event => {
      const row = event.target.closest('tr');
      if (row) {
        select(Number(row.dataset.row), { scrollText: true });
      }
    });
  }

  /** Reorders the rows; empty values go last in either direction. */
  function sortRows(body, column, ascending) {
    const compare = column.numeric ? (a, b) => a - b : (a, b) => collator.compare(String(a), String(b));
    const sorted = facts.slice().sort((x, y) => {
      const a = column.value(x);
      const b = column.value(y);
      if (a == null || b == null) {
        return (a == null) - (b == null) || x.n - y.n;
      }
      return (ascending ? compare(a, b) : compare(b, a)) || x.n - y.n;
    });
    body.append(...sorted.map(e => rows[e.n]));
  }

  // ------------------------------------------------------------------ filters

  function renderFilters() {
    const kind = document.getElementById('filter-kind');
    KINDS.forEach(k => kind.append(el('option', { value: k, text: k })));
    const period = document.getElementById('filter-period');
    const periods = [...new Set(facts.map(e => e.fact.period))];
    periods.filter(p => p != null).sort((a, b) => a - b)
      .forEach(p => period.append(el('option', { value: p, text: p })));
    if (periods.includes(null)) {
      period.append(el('option', { value: 'none', text: 'none' }));
    }
    const doc = document.getElementById('filter-doc');
    data.documents.forEach((d, i) => doc.append(el('option', { value: i,
      text: d.doc + (d.metadata && d.metadata.title ? ' ' + d.metadata.title : '') })));
    const form = document.getElementById('filters');
    form.addEventListener('input', applyFilters);
    form.addEventListener('change', applyFilters);
    form.addEventListener('submit', event => event.preventDefault());
  }

  function applyFilters() {
    const query = document.getElementById('filter-indicator').value.trim().toLowerCase();
    const kind = document.getElementById('filter-kind').value;
    const period = document.getElementById('filter-period').value;
    const doc = document.getElementById('filter-doc').value;
    const matches = entry => {
      const f = entry.fact;
      return (!query || (f.indicator || '').toLowerCase().includes(query)
          || (f.indicatorId || '').toLowerCase().includes(query))
        && (!kind || f.kind === kind)
        && (!period || (period === 'none' ? f.period == null : String(f.period) === period))
        && (!doc || String(entry.d) === doc);
    };
    const shown = facts.map(matches);
    facts.forEach(e => {
      rows[e.n].hidden = !shown[e.n];
      marksOf[e.n].forEach(mark => mark.classList.toggle('dim', !shown[e.n]));
    });
    charts.forEach(chart => {
      chart.figure.hidden = !chart.members.some(n => shown[n]);
    });
    showCount(shown.filter(Boolean).length);
  }

  function showCount(count) {
    document.getElementById('shown').textContent = count + ' of ' + facts.length + ' facts';
  }

  // ------------------------------------------------------------------ charts

  /** One chart per indicator, measure and base unit that has more than one fact. */
  function renderCharts() {
    const groups = new Map();
    for (const entry of facts) {
      const f = entry.fact;
      const name = f.indicatorId || f.indicator;
      if (name) {
        const key = JSON.stringify([name, f.measure, f.normalized.unit]);
        if (!groups.has(key)) {
          groups.set(key, []);
        }
        groups.get(key).push(entry);
      }
    }
    const container = document.getElementById('charts');
    const shown = [...groups.values()].filter(g => g.length > 1)
      .sort((a, b) => b.length - a.length || collator.compare(titleOf(a), titleOf(b)));
    if (!shown.length) {
      container.append(el('p', { class: 'hint', text: 'No indicator has more than one value.' }));
    }
    for (const group of shown) {
      const figure = chart(group);
      charts.push({ figure, members: group.map(e => e.n) });
      container.append(figure);
    }
    container.addEventListener('click', event => {
      const bar = event.target.closest('[data-bar]');
      if (bar) {
        select(Number(bar.getAttribute('data-bar')), { scrollText: true });
      }
    });
  }

  function titleOf(group) {
    const f = group[0].fact;
    return (f.indicator || f.indicatorId) + (f.indicatorId ? ' (' + f.indicatorId + ')' : '') + ' · ' + f.measure;
  }

  /** A bar per fact, ordered by period; values in the written unit when all share it, else the base unit. */
  function chart(group) {
    const members = group.slice().sort((a, b) =>
      (a.fact.period ?? Infinity) - (b.fact.period ?? Infinity) || a.n - b.n);
    const sameUnit = members.every(e => e.fact.unit === members[0].fact.unit);
    const y = e => sameUnit ? e.fact.value : e.fact.normalized.value;
    const unit = (sameUnit ? members[0].fact.unit : members[0].fact.normalized.unit) || '';
    const bar = 22;
    const gap = 6;
    const left = 6;
    const top = 18;
    const plot = 72;
    const width = Math.max(200, 2 * left + members.length * (bar + gap));
    const height = top + plot + 16;
    const values = members.map(y);
    const max = Math.max(0, ...values);
    const min = Math.min(0, ...values);
    const scale = v => top + (max - v) / (max - min || 1) * plot;
    const picture = svg('svg', { width, height, viewBox: '0 0 ' + width + ' ' + height, role: 'img',
      'aria-label': titleOf(group) });
    picture.append(svg('text', { x: left, y: 11, class: 'axis', text: 'max ' + compact.format(max) + ' ' + unit }));
    members.forEach((entry, i) => {
      const x = left + i * (bar + gap);
      const v = y(entry);
      const y0 = scale(Math.max(v, 0));
      const rect = svg('rect', { x, y: y0, width: bar, height: Math.max(1, scale(Math.min(v, 0)) - y0),
        class: 'bar kind-' + kindOf(entry.fact), 'data-bar': entry.n },
      svg('title', { text: entry.doc.doc + ' · ' + summaryOf(entry.fact) }));
      picture.append(rect,
        svg('text', { x: x + bar / 2, y: height - 3, class: 'period', text: orNone(entry.fact.period) }));
    });
    picture.append(svg('line', { x1: 0, x2: width, y1: scale(0), y2: scale(0), class: 'zero' }));
    return el('figure', { class: 'chart' },
      el('figcaption', { text: titleOf(group) + (unit ? ' · ' + unit : '') + ' · ' + members.length + ' facts' }),
      picture);
  }

  // ------------------------------------------------------------------ selection and details

  function select(n, { scrollText }) {
    for (const old of document.querySelectorAll('.selected')) {
      old.classList.remove('selected');
    }
    const marks = marksOf[n];
    marks.forEach(mark => mark.classList.add('selected'));
    rows[n].classList.add('selected');
    if (scrollText) {
      marks[0].closest('details').open = true;
      marks[0].scrollIntoView({ block: 'center' });
      marks.forEach(mark => {
        mark.classList.remove('flash');
        void mark.offsetWidth;   // restarts the animation when the same fact is chosen again
        mark.classList.add('flash');
      });
    } else if (!rows[n].hidden) {
      const scroller = rows[n].closest('.table-scroll');
      scroller.scrollTop = rows[n].offsetTop - scroller.clientHeight / 2;
    }
    showDetails(facts[n]);
  }

  const FIELDS = [
    ['indicator', f => f.indicator], ['indicatorId', f => f.indicatorId], ['code', f => f.code],
    ['measure', f => f.measure],
    ['value', f => f.value], ['valueMax', f => f.valueMax], ['unit', f => f.unit],
    ['normalized', f => f.normalized.value + (f.normalized.unit == null ? '' : ' ' + f.normalized.unit)],
    ['qualifier', f => f.qualifier], ['kind', f => f.kind], ['period', f => f.period], ['binding', f => f.binding],
    ['section', f => f.section.join(' › ')], ['confidence', f => f.confidence], ['source', f => f.source],
    ['text', f => f.text], ['sentence', f => f.sentence], ['id', f => f.id],
  ];

  function showDetails(entry) {
    document.getElementById('details-hint').hidden = true;
    const list = document.getElementById('details-fields');
    list.replaceChildren();
    for (const [name, value] of FIELDS) {
      list.append(el('dt', { text: name }), el('dd', { text: orNone(value(entry.fact)), class: 'field-' + name }));
    }
    const f = entry.fact;
    const overlapping = factsOfDocument[entry.d].filter(o => o !== entry && o.fact.start < f.end && f.start < o.fact.end);
    if (overlapping.length) {
      list.append(el('dt', { text: 'shares text with' }),
        el('dd', {}, ...overlapping.map(o => {
          const button = el('button', { type: 'button', class: 'link', text: summaryOf(o.fact) });
          button.addEventListener('click', () => select(o.n, { scrollText: true }));
          return button;
        })));
    }
  }

  renderHeader();
  renderFilters();
  renderTable();
  renderCharts();
  renderDocuments();
  showCount(facts.length);
  document.documentElement.dataset.renderMs = Math.round(performance.now() - started);
  document.documentElement.dataset.ready = 'true';
})();
