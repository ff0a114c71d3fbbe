// How the page words the game's values for people: names and labels, never internal ids.

export const DECISIONS = ['SIGN', 'ABSTAIN', 'PUSH_BINDING'];

/** What a floor statement the teacher took off the screens reads as. */
export const WITHDRAWN = '(taken off the screens by the teacher)';

const DECISION_WORDS = { SIGN: 'Sign', ABSTAIN: 'Abstain', PUSH_BINDING: 'Push for binding law' };
const DECISION_VERBS = { SIGN: 'sign', ABSTAIN: 'abstain', PUSH_BINDING: 'push for binding law' };
const BALLOT_WORDS = { SUPPORT: 'for', OPPOSE: 'against', ABSTAIN: 'abstaining' };

export function decisionWord(d) {
  return DECISION_WORDS[d] || d;
}

export function decisionVerb(d) {
  return DECISION_VERBS[d] || d;
}

const DECISION_GERUNDS = { SIGN: 'signing', ABSTAIN: 'abstaining', PUSH_BINDING: 'pushing for binding law' };

/** "signing", "abstaining", "pushing for binding law": as the reports say it. */
export function decisionGerund(d) {
  return DECISION_GERUNDS[d] || d;
}

export function ballotWord(b) {
  return BALLOT_WORDS[b] || b;
}

/** "Round 1 of 2", "Final decision", ... from a stage object or string. */
export function stageWords(stage, rounds) {
  const phase = typeof stage === 'string' ? stage.split(' ')[0] : stage.phase;
  const round = typeof stage === 'string' ? Number(stage.split(' ')[1] || 0) : stage.round;
  switch (phase) {
    case 'LOBBY': return 'Waiting for the teacher to start';
    case 'BRIEFING': return 'Briefing: read your brief';
    case 'OPENING': return 'Opening statements';
    case 'ROUND': return 'Negotiation round ' + round + (rounds ? ' of ' + rounds : '');
    case 'FINAL': return 'Final decision';
    case 'RESULTS': return 'Results';
    default: return String(phase);
  }
}

/** A line for the transcript when a phase starts. */
export function stageStarts(stage, rounds) {
  switch (stage.phase) {
    case 'BRIEFING': return 'The briefing starts: read your brief.';
    case 'OPENING': return 'Opening statements start.';
    case 'ROUND': return 'Negotiation round ' + stage.round + (rounds ? ' of ' + rounds : '') + ' starts.';
    case 'FINAL': return 'The final decision starts: amendments are closed.';
    case 'RESULTS': return 'The summit is over.';
    default: return stageWords(stage, rounds) + '.';
  }
}

/** The stage as the protocol's commands name it: "ROUND 1", "FINAL". */
export function stageText(stage) {
  return stage.phase === 'ROUND' ? 'ROUND ' + stage.round : stage.phase;
}

/** "3:07" for a number of milliseconds. */
export function minutes(ms) {
  const s = Math.max(0, Math.ceil(ms / 1000));
  return Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0');
}

export function signed(n) {
  const v = Math.round(n * 10) / 10;
  return (v > 0 ? '+' : v < 0 ? '\u2212' : '') + Math.abs(v);
}

/** "12.5", "\u22122.7": one decimal, with the minus sign the rest of the page uses. */
export function points(n) {
  const v = Math.round(n * 10) / 10;
  return (v < 0 ? '\u2212' : '') + Math.abs(v).toFixed(1);
}

// Names that take "the" in English, as the console and the bots write them.
const THE_STARTS = ['united ', 'republic of ', 'kingdom of ', 'russian federation', 'holy see', 'democratic republic',
  'federated states', 'state of '];
const THE_ENDS = [' republic', 'islands', 'netherlands', 'philippines', 'bahamas', 'gambia', 'maldives', 'comoros',
  'seychelles', 'emirates'];

/** A number of things: "1 pledge", "2 pledges" (a noun that takes an s). */
export function count(n, noun) {
  return n + ' ' + noun + (n === 1 ? '' : 's');
}

/** Items in a sentence: "China", "China and India", "China, India and Israel". */
export function andList(items) {
  return items.length < 2 ? items.join('') : items.slice(0, -1).join(', ') + ' and ' + items[items.length - 1];
}

/** A delegation's name inside a sentence: "the United States", "China". */
export function inSentence(name) {
  const l = name.toLowerCase();
  const the = !l.startsWith('the ') && (THE_STARTS.some((x) => l.startsWith(x)) || THE_ENDS.some((x) => l.endsWith(x)));
  return the ? 'the ' + name : name;
}

/** Whose, inside a sentence: "the Netherlands’", "the United States’", "China’s". */
export function possessive(name) {
  const n = inSentence(name);
  return n + (n.endsWith('s') ? '\u2019' : '\u2019s');
}

/** Words that begin a sentence: the first letter in capitals. */
export function capitalized(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A delegation's name that begins a sentence: "The United States", "China". */
export function subject(name) {
  return capitalized(inSentence(name));
}

/** A wording as the final text reads it: without the "(draft)" a scenario puts on draft wordings, as the report does. */
export function finalWording(label) {
  return label.replace(/\s*\(draft\)$/, '');
}

/** Whether a wording is the chair's draft one (scenarios mark its label "(draft)"). */
export function isDraftWording(label) {
  return /\s*\(draft\)$/.test(label);
}

/**
 * A wording an amendment proposes, quoted: "“Not mentioned” (back to the draft)" for the draft's
 * own wording, whose "(draft)" mark would read as if the amendment were a draft.
 */
export function proposedWording(label) {
  return '\u201c' + finalWording(label) + '\u201d' + (isDraftWording(label) ? ' (back to the draft)' : '');
}

/**
 * Where a score out of 100 lies among the role's results, in words ("among the lowest results the
 * Netherlands gets"): the number alone reads as a grade, and 0 as a fail, when it only says how
 * this game went for that role against its usual games (50 is typical; the par table's scale).
 */
export function resultBand(percent, inSentenceName) {
  if (percent < 10) {
    return 'among the lowest results ' + inSentenceName + ' gets';
  }
  if (percent < 35) {
    return 'below the typical result for ' + inSentenceName;
  }
  if (percent <= 65) {
    return 'about the typical result for ' + inSentenceName;
  }
  if (percent < 90) {
    return 'above the typical result for ' + inSentenceName;
  }
  return 'among the best results ' + inSentenceName + ' gets';
}

/**
 * " if “Human control” reads “Meaningful human control” and “Instrument” does not read “Treaty”",
 * or nothing for a promise without conditions ({@code clauses}: the scenario's, by id). A
 * condition that allows every wording of a clause but one names the one it rules out, as the
 * console does; the clause's title is in quotes, or "if Where the work continues reads …" reads
 * as one run-on phrase.
 */
export function onlyIf(conditions, clauses) {
  return conditions && conditions.length ? ' if ' + conditions.map((c) => condition(c, clauses)).join(' and ') : '';
}

function condition(c, clauses) {
  const clause = clauses.get(c.clause);
  const label = (o) => ((clause && clause.options.find((x) => x.id === o)) || { label: o }).label;
  const title = '\u201c' + (clause ? clause.title : c.clause) + '\u201d';
  const ruledOut = clause ? clause.options.filter((o) => !c.options.includes(o.id)) : [];
  if (clause && clause.options.length > 2 && ruledOut.length === 1) {
    return title + ' does not read \u201c' + ruledOut[0].label + '\u201d';
  }
  return title + ' reads ' + c.options.map((o) => '\u201c' + label(o) + '\u201d').join(' or ');
}

/**
 * One side of a deal in words, after {@code who} ("Germany will", "you would"): "Germany will vote
 * for amendment A2", "… support “Meaningful human control” for Human responsibility and control",
 * "… sign if …". The student's and the teacher's pages say a deal's terms alike.
 */
export function promiseWords(p, who, clauses) {
  const clause = (id) => clauses.get(id);
  switch (p.kind) {
    case 'vote': return who + ' vote ' + ballotWord(p.ballot) + ' amendment ' + p.amendment;
    case 'support': {
      const c = clause(p.clause);
      const o = c && c.options.find((x) => x.id === p.option);
      return who + ' support \u201c' + (o ? o.label : p.option) + '\u201d for ' + (c ? c.title : p.clause);
    }
    case 'decide': return who + ' ' + decisionVerb(p.decision) + onlyIf(p.conditions, clauses);
    default: return who + ' ' + p.kind;
  }
}

/**
 * What a pledge promises, after its delegation's name: " will sign if … reads …", " will push for
 * binding law, but only if enough states push with them (8 needed)" ({@code own}: "with us").
 * The student's page and the projector say it alike, so the class reads the promise that was made.
 */
export function pledgeTerms(p, clauses, threshold, own) {
  if (p.ifCoalition) {
    return ' will ' + decisionVerb(p.decision) + onlyIf(p.conditions, clauses) + ', but only if enough states push'
      + ' with ' + (own ? 'us' : 'them') + (threshold ? ' (' + threshold + ' needed)' : '');
  }
  return ' will ' + decisionVerb(p.decision) + (p.conditions && p.conditions.length ? onlyIf(p.conditions, clauses)
    : ', whatever the text says');
}
