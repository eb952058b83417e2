#!/usr/bin/env node
// gen-corpus.js - deterministic, realistic RFC 822 mail corpus for benchmarks.
//
//   node gen-corpus.js OUTDIR COUNT [SEED]          writes a Maildir (OUTDIR/{cur,new,tmp})
//   node gen-corpus.js --mbox FILE COUNT [SEED]     writes one mboxrd file instead
//   node gen-corpus.js --dump-vocab                 prints the word and sender pools (by rank)
//
// The same COUNT and SEED always give byte-identical output. The word list and
// the sender pool do not depend on SEED (so tests/bench/queries.txt hits for any
// seed); the messages do.
//
// What the messages look like:
//   - senders: a pool of 2,000 people (names and addresses, a few with Hebrew or
//     Chinese display names), picked with a Zipf skew so some write a lot;
//   - subjects: English templates over a topic vocabulary, plus some Hebrew,
//     Chinese and emoji subjects (RFC 2047 encoded words);
//   - threads: ~40% are replies (In-Reply-To / References to an earlier message,
//     "Re: " subject), so threads several levels deep form;
//   - dates: spread over 2020-01-01 .. 2024-12-31 with the sender's time zone;
//   - bodies: 200-5000 words (skewed to short: median ~450, mean ~970) of plain text drawn with a Zipf law
//     from ~5,000 words: common English words first, then made-up syllable
//     words; stock phrases ("quarterly budget review", ...) and a few rare
//     "needle" words are sprinkled in so phrase and rare-word queries hit;
//   - ~20% multipart/alternative with a quoted-printable HTML part;
//   - ~10% multipart/mixed with a small base64 attachment (pdf, png, csv, zip).
// Node 18+, no dependencies.
'use strict';

const fs = require('fs');
const path = require('path');

// ---------------------------------------------------------------- PRNG
function hashSeed(s) {
  // FNV-1a over the string form, so "1", "42", "abc" all work as seeds.
  let h = 0x811c9dc5;
  s = String(s);
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function makeRng(seed) {
  let a = hashSeed(seed) | 0;
  // mulberry32: returns a uint32
  const u32 = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return (t ^ (t >>> 14)) >>> 0;
  };
  const r = {
    u32,
    f: () => u32() / 4294967296,                       // [0,1)
    int: (n) => Math.floor((u32() / 4294967296) * n),  // [0,n)
    range: (lo, hi) => lo + Math.floor((u32() / 4294967296) * (hi - lo + 1)),
    pick: (arr) => arr[Math.floor((u32() / 4294967296) * arr.length)],
    chance: (p) => u32() / 4294967296 < p,
  };
  return r;
}

// Zipf sampler over n items: a 2^20-entry lookup table, one rng call per draw.
function makeZipf(n, s) {
  const w = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) { w[i] = 1 / Math.pow(i + 1, s); sum += w[i]; }
  const SIZE = 1 << 20;
  const table = n <= 65536 ? new Uint16Array(SIZE) : new Uint32Array(SIZE);
  let acc = 0, j = 0;
  for (let i = 0; i < n; i++) {
    acc += w[i] / sum;
    const end = i === n - 1 ? SIZE : Math.min(SIZE, Math.round(acc * SIZE));
    // Every item gets at least one slot so even the rarest word can occur.
    const stop = Math.max(end, Math.min(SIZE, j + 1));
    while (j < stop) table[j++] = i;
  }
  return (rng) => table[rng.u32() >>> 12];
}

// ---------------------------------------------------------------- vocabulary
// Common English words, most frequent first (they take the top Zipf ranks).
const COMMON = (
  'the of and to a in is it you that for was on are with as be at this have from or by not ' +
  'but what all were we when your can said there use an each which do how their if will up other ' +
  'about out many then them these so some would make like into time has look two more write go see ' +
  'number no way could people my than first been call who its now find long down day did get come ' +
  'made may part over new after also back just only know take year good give our under very ' +
  'through great where help before much right think too mean old any same tell following came want ' +
  'show also around form three small set put end does another well large must big even such because ' +
  'turn here why ask went men read need land different home us move try kind hand picture again ' +
  'change off play spell air away animal house point page letter mother answer found study still ' +
  'learn should world high every near add food between own below country plant last school father ' +
  'keep tree never start city earth eye light thought head under story saw left few while along ' +
  'might close something seem next hard open example begin life always those both paper together got ' +
  'group often run important until children side feet car mile night walk white sea began grow took ' +
  'river four carry state once book hear stop without second later miss idea enough eat face watch ' +
  'far really almost let above girl sometimes mountain cut young talk soon list song being leave ' +
  'family meeting budget project report team customer deadline schedule review update invoice ' +
  'contract proposal design release server account order price market sales plan quarter office ' +
  'travel policy training support issue problem question email phone week month today tomorrow ' +
  'morning afternoon monday tuesday wednesday thursday friday weekend agenda minutes draft final ' +
  'version document attached please thanks regards hello team manager client vendor payment ' +
  'shipping delivery product feature bug fix test build deploy database network security password ' +
  'access login website software hardware laptop printer license renewal conference presentation ' +
  'slides notes summary feedback approval request status progress risk cost revenue forecast ' +
  'analysis data results launch campaign partner interview candidate hiring offer salary benefits ' +
  'holiday vacation lunch dinner coffee room building parking event ticket flight hotel booking ' +
  'confirmation receipt refund warranty support'
).split(/\s+/);

// Real words placed deep in the tail (rare on purpose) so "rare word" queries
// make sense on the generated corpus and on real mail alike.
const RARE_ENGLISH = ('kernel mortgage sandwich telescope volcano saxophone linux python perl ' +
  'sendmail razor compiler firmware glacier orchard lantern meadow harbor tapestry quartz ' +
  'marathon pelican cathedral avalanche chandelier labyrinth').split(' ');

// Needle words: each occurs in a few tenths of a percent of messages.
const NEEDLES = ['xylophone', 'serendipity', 'kerfuffle', 'flabbergasted', 'quixotic',
  'zeitgeist', 'bamboozle', 'gobbledygook', 'lollygag', 'snollygoster'];

const PHRASES = [
  'quarterly budget review', 'action items', 'next steps', 'please let me know',
  'project timeline', 'customer feedback', 'release candidate', 'board meeting',
  'annual report', 'performance review', 'conference call', 'deadline extension',
  'travel expenses', 'security update', 'password reset', 'invoice attached',
  'shipping address', 'team offsite', 'code review', 'pull request', 'click here',
  'mailing list', 'credit card', 'free software', 'out of office', 'as soon as possible',
  'looking forward to hearing from you', 'sorry for the delay', 'see attached',
  'happy birthday', 'in the meantime', 'on the other hand', 'for what it is worth',
  'service level agreement', 'root cause analysis', 'purchase order', 'expense report',
  'all hands meeting', 'kick off meeting', 'user acceptance testing',
];

const HEBREW_SUBJECTS = ['עדכון תקציב', 'פגישה מחר בבוקר', 'סיכום הפרויקט', 'דוח רבעוני',
  'שאלה לגבי החשבונית', 'הזמנה לכנס', 'תזכורת: ישיבת צוות', 'אישור הזמנה', 'חופשה בחודש הבא',
  'טיוטה לעיון'];
const HEBREW_LINES = ['שלום לכולם, מצורף הסיכום מהפגישה.', 'תודה רבה על העזרה בשבוע שעבר.',
  'נא לאשר עד סוף השבוע.', 'אשמח לשמוע את דעתכם.', 'בברכה ובהצלחה.'];
const CHINESE_SUBJECTS = ['会议通知', '项目进度报告', '季度预算', '周末聚餐', '请查收附件', '合同草案',
  '年度总结', '新产品发布', '出差安排', '系统维护通知'];
const CHINESE_LINES = ['大家好，附件是本周的会议纪要。', '谢谢你的帮助。', '请在周五之前回复。',
  '如有问题请随时联系我。', '祝好。'];
const EMOJI = ['🎉', '🚀', '📅', '✅', '🔥', '☕', '📎', '👍', '⚠️', '💡', '📈', '🍕'];

const SUBJECT_TEMPLATES = [
  'Quarterly budget review', '{T} update', 'Re-scheduling the {t} meeting', 'Question about the {t}',
  'Draft {t} for review', 'Notes from today\'s {t} call', '{T} status: week {n}', 'Action items: {t}',
  'Reminder: {t} deadline on {d}', 'Invitation: {T} planning session', 'Your {t} order #{n}',
  'Feedback on the {t} proposal', '{T} and {t2}', 'Urgent: {t} issue', 'FYI: new {t} policy',
  'Lunch on {d}?', 'Can we talk about the {t}?', 'Minutes of the {t} committee', '{T} report for Q{q}',
  'Welcome to the {t} team', 'Travel plans for the {t} conference', 'Invoice {n} for {t}',
  'Password reset for your {t} account', '[{l}] {T} discussion', 'Weekly {t} digest',
];
const TOPICS = ('budget project release design marketing hiring security network database website ' +
  'conference product launch roadmap contract partnership training migration backup onboarding ' +
  'audit compliance pricing support analytics infrastructure mobile payroll inventory offsite ' +
  'kernel firmware compiler telescope orchard').split(' ');
const LISTS = ['dev', 'announce', 'users', 'ops', 'design', 'hr'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

function buildVocabulary() {
  const rng = makeRng('vocabulary-v1');
  const onsets = ['b', 'c', 'd', 'f', 'g', 'h', 'j', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v',
    'w', 'z', 'br', 'ch', 'cl', 'dr', 'fl', 'gr', 'pl', 'pr', 'sh', 'st', 'th', 'tr', 'qu', 'sk'];
  const vowels = ['a', 'e', 'i', 'o', 'u', 'a', 'e', 'o', 'ai', 'ea', 'io', 'ou', 'y'];
  const codas = ['', '', '', 'n', 'r', 's', 'l', 'm', 't', 'nd', 'rk', 'st', 'x', 'ng'];
  const seen = new Set();
  const common = [];
  for (const w of COMMON) if (!seen.has(w)) { seen.add(w); common.push(w); }
  for (const w of RARE_ENGLISH.concat(NEEDLES)) seen.add(w);
  const made = [];
  const TOTAL = 5000;
  const need = TOTAL - common.length - RARE_ENGLISH.length;
  while (made.length < need) {
    const syl = rng.range(2, 3);
    let w = '';
    for (let i = 0; i < syl; i++) w += rng.pick(onsets) + rng.pick(vowels) + (i === syl - 1 ? rng.pick(codas) : '');
    if (w.length < 4 || w.length > 12 || seen.has(w)) continue;
    seen.add(w);
    made.push(w);
  }
  // Rare English words go to evenly spaced ranks in the last quarter.
  const words = common.concat(made);
  for (let i = 0; i < RARE_ENGLISH.length; i++) {
    const at = Math.floor(TOTAL * 0.75 + (i * TOTAL * 0.25) / RARE_ENGLISH.length);
    words.splice(at, 0, RARE_ENGLISH[i]);
  }
  return words;
}

const FIRST = ('James Mary John Patricia Robert Jennifer Michael Linda William Elizabeth David Barbara ' +
  'Richard Susan Joseph Jessica Thomas Sarah Charles Karen Daniel Nancy Matthew Lisa Anthony Betty ' +
  'Mark Margaret Donald Sandra Steven Ashley Paul Kimberly Andrew Emily Joshua Donna Kenneth Michelle ' +
  'Kevin Carol Brian Amanda George Melissa Edward Deborah Noa Yael Avi Moshe Tamar Eitan Shira Yossi ' +
  'Dana Omer Wei Li Jing Ming Hui Xiaoming Lei Yan Fang Jun Priya Rahul Ananya Arjun Deepa Vikram ' +
  'Sofia Mateo Lucia Diego Valentina Carlos Camila Javier Ingrid Lars Astrid Sven Freya Hans Greta ' +
  'Klaus Amelie Pierre Chloe Louis Manon Giulia Marco Chiara Yuki Haruto Sakura Kenji Aiko Olga ' +
  'Dmitri Anya Ivan Fatima Omar Layla Yusuf Amara Kwame Zainab Chidi').split(' ');
const LAST = ('Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez ' +
  'Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez ' +
  'Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Cohen ' +
  'Levi Mizrahi Peretz Biton Friedman Shapiro Katz Azoulay Ben-David Wang Zhang Liu Chen Yang Huang ' +
  'Zhao Wu Zhou Xu Sharma Patel Gupta Singh Iyer Reddy Nair Kumar Silva Santos Oliveira Fernandez ' +
  'Romero Alvarez Ruiz Larsen Nielsen Johansson Berg Lindqvist Muller Schmidt Schneider Fischer Weber ' +
  'Dubois Moreau Laurent Bernard Rossi Russo Ferrari Esposito Tanaka Suzuki Takahashi Watanabe Ito ' +
  'Ivanov Petrov Volkov Haddad Khalil Mansour Okafor Mensah Diallo Abebe').split(' ');
const HEB_NAMES = ['נועה כהן', 'יעל לוי', 'אבי מזרחי', 'משה פרץ', 'תמר ביטון', 'איתן פרידמן'];
const ZH_NAMES = ['王伟', '李娜', '张敏', '刘洋', '陈静', '杨磊'];
const CORP_DOMAINS = ['contoso.com', 'fabrikam.com', 'northwind.example', 'adventure-works.com',
  'tailspintoys.com', 'wingtiptoys.com', 'litware.com', 'proseware.com', 'lucerne-publishing.com',
  'margiestravel.com', 'wideworldimporters.com', 'example.com', 'example.org', 'example.net',
  'acme.example', 'globex.example', 'initech.example', 'umbrella.example'];
const FREE_DOMAINS = ['gmail.com', 'outlook.com', 'yahoo.com', 'hotmail.com', 'proton.me',
  'fastmail.com', 'gmx.de', 'web.de', 'walla.co.il', 'qq.com', '163.com'];
const ZONES = [-480, -420, -360, -300, -240, -180, 0, 0, 60, 60, 120, 120, 180, 330, 480, 540, 600, 780];

function buildSenders() {
  const rng = makeRng('senders-v1');
  const people = [];
  const seen = new Set();
  while (people.length < 2000) {
    const first = rng.pick(FIRST), last = rng.pick(LAST);
    const f = first.toLowerCase(), l = last.toLowerCase().replace(/-/g, '');
    const corp = rng.chance(0.65);
    const domain = corp ? rng.pick(CORP_DOMAINS) : rng.pick(FREE_DOMAINS);
    let local;
    switch (rng.int(4)) {
      case 0: local = f + '.' + l; break;
      case 1: local = f[0] + l; break;
      case 2: local = f + '_' + l + rng.range(1, 99); break;
      default: local = f + l[0] + rng.range(10, 999); break;
    }
    const addr = local + '@' + domain;
    if (seen.has(addr)) continue;
    seen.add(addr);
    let name = first + ' ' + last;
    const r = rng.f();
    if (r < 0.03) name = rng.pick(HEB_NAMES);
    else if (r < 0.06) name = rng.pick(ZH_NAMES);
    else if (r < 0.10) name = '';                          // bare address
    people.push({ name, addr, tz: rng.pick(ZONES) });
  }
  return people;
}

// ---------------------------------------------------------------- encoding helpers
const isAscii = (s) => /^[\x00-\x7f]*$/.test(s);

// RFC 2047 B-encoded words, each at most 75 chars, split on character boundaries.
function encodeWords(s) {
  if (isAscii(s)) return s;
  const out = [];
  let buf = [];
  let len = 0;
  for (const ch of s) {
    const b = Buffer.from(ch, 'utf8');
    if (len + b.length > 45) { out.push(Buffer.concat(buf)); buf = []; len = 0; }
    buf.push(b); len += b.length;
  }
  if (buf.length) out.push(Buffer.concat(buf));
  return out.map((b) => '=?UTF-8?B?' + b.toString('base64') + '?=').join('\n ');
}

function mailbox(p) {
  if (!p.name) return p.addr;
  if (!isAscii(p.name)) return encodeWords(p.name) + ' <' + p.addr + '>';
  return (/[^A-Za-z0-9 !#$%&'*+\/=?^_`{|}~-]/.test(p.name) ? '"' + p.name + '"' : p.name) + ' <' + p.addr + '>';
}

// Quoted-printable (RFC 2045) for a text whose lines are mostly short ASCII.
function qpEncode(text) {
  const lines = text.split('\n');
  const out = [];
  for (const line of lines) {
    let enc = line.replace(/=/g, '=3D');
    if (!isAscii(enc)) {
      enc = enc.replace(/[^\x00-\x7f]+/g, (m) => Buffer.from(m, 'utf8').toString('hex').toUpperCase().replace(/(..)/g, '=$1'));
    }
    if (/[ \t]$/.test(enc)) enc = enc.slice(0, -1) + (enc.endsWith(' ') ? '=20' : '=09');
    while (enc.length > 76) {
      let cut = 75;
      // never split an =XX escape
      const eq = enc.lastIndexOf('=', cut - 1);
      if (eq > cut - 3) cut = eq;
      out.push(enc.slice(0, cut) + '=');
      enc = enc.slice(cut);
    }
    out.push(enc);
  }
  return out.join('\n');
}

function wrap76(b64) {
  let s = '';
  for (let i = 0; i < b64.length; i += 76) s += b64.slice(i, i + 76) + '\n';
  return s;
}

const WDAY = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const p2 = (n) => (n < 10 ? '0' : '') + n;

function rfc2822Date(ms, tzMin) {
  const d = new Date(ms + tzMin * 60000);
  const sign = tzMin < 0 ? '-' : '+';
  const a = Math.abs(tzMin);
  return WDAY[d.getUTCDay()] + ', ' + d.getUTCDate() + ' ' + MON[d.getUTCMonth()] + ' ' + d.getUTCFullYear() + ' ' +
    p2(d.getUTCHours()) + ':' + p2(d.getUTCMinutes()) + ':' + p2(d.getUTCSeconds()) + ' ' + sign + p2(Math.floor(a / 60)) + p2(a % 60);
}

function asctime(ms) {
  const d = new Date(ms);
  const day = d.getUTCDate();
  return WDAY[d.getUTCDay()] + ' ' + MON[d.getUTCMonth()] + ' ' + (day < 10 ? ' ' : '') + day + ' ' +
    p2(d.getUTCHours()) + ':' + p2(d.getUTCMinutes()) + ':' + p2(d.getUTCSeconds()) + ' ' + d.getUTCFullYear();
}

// ---------------------------------------------------------------- generator
function makeGenerator(seed) {
  const WORDS = buildVocabulary();
  const CAP = WORDS.map((w) => w[0].toUpperCase() + w.slice(1));
  const SENDERS = buildSenders();
  const rng = makeRng('messages-' + seed);
  const word = makeZipf(WORDS.length, 1.0);
  const sender = makeZipf(SENDERS.length, 0.9);
  const topic = makeZipf(TOPICS.length, 0.8);
  const owner = SENDERS[0];

  const START = Date.UTC(2020, 0, 1);
  const SPAN = Date.UTC(2025, 0, 1) - START;

  // One paragraph of wrapped text with about `n` words.
  function paragraph(n) {
    let s = '';
    let line = 0;
    let left = 0;          // words left in the current sentence
    for (let i = 0; i < n; i++) {
      let w;
      if (left === 0) {
        left = 6 + (rng.u32() % 15);
        const r = rng.u32();
        if ((r & 63) === 0) w = PHRASES[(r >>> 8) % PHRASES.length];
        else if ((r & 0xfff) === 1) w = NEEDLES[(r >>> 12) % NEEDLES.length];
        else w = CAP[word(rng)];
        if (w.charCodeAt(0) >= 97) w = w[0].toUpperCase() + w.slice(1);
      } else {
        w = WORDS[word(rng)];
      }
      left--;
      if (left === 0 || i === n - 1) w += (rng.u32() & 15) === 0 ? '?' : '.';
      else if ((rng.u32() & 31) === 0) w += ',';
      if (line > 0 && line + 1 + w.length > 72) { s += '\n'; line = 0; }
      if (line > 0) { s += ' '; line++; }
      s += w;
      line += w.length;
    }
    return s;
  }

  function bodyParagraphs(total) {
    const paras = [];
    let left = total;
    while (left > 0) {
      const n = Math.min(left, 30 + rng.int(120));
      paras.push(paragraph(n));
      left -= n;
    }
    return paras;
  }

  function subjectFor(i) {
    const r = rng.f();
    if (r < 0.03) return rng.pick(HEBREW_SUBJECTS);
    if (r < 0.06) return rng.pick(CHINESE_SUBJECTS);
    const t = TOPICS[topic(rng)];
    const t2 = TOPICS[topic(rng)];
    let s = rng.pick(SUBJECT_TEMPLATES)
      .replace('{T}', t[0].toUpperCase() + t.slice(1)).replace('{t}', t).replace('{t2}', t2)
      .replace('{n}', String(rng.range(2, 99999))).replace('{d}', rng.pick(DAYS))
      .replace('{q}', String(rng.range(1, 4))).replace('{l}', rng.pick(LISTS));
    if (rng.chance(0.15)) s += ' ' + WORDS[word(rng)];
    if (r > 0.95) s = rng.chance(0.5) ? rng.pick(EMOJI) + ' ' + s : s + ' ' + rng.pick(EMOJI);
    return s;
  }

  function attachment(i) {
    const kind = rng.int(4);
    const size = 1024 + rng.int(15 * 1024);
    const buf = Buffer.allocUnsafe(size);
    for (let k = 0; k < size; k += 4) buf.writeUInt32LE(rng.u32(), Math.min(k, size - 4));
    let type, name;
    if (kind === 0) { type = 'application/pdf'; name = 'report-' + i + '.pdf'; buf.write('%PDF-1.4\n', 0, 'latin1'); }
    else if (kind === 1) { type = 'image/png'; name = 'screenshot-' + i + '.png'; Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(buf); }
    else if (kind === 2) {
      type = 'text/csv'; name = 'data-' + i + '.csv';
      let csv = 'date,item,amount\n';
      while (csv.length < size) csv += '2021-0' + rng.range(1, 9) + '-1' + rng.range(0, 9) + ',' + WORDS[word(rng)] + ',' + rng.range(1, 9999) + '\n';
      return { type, name, data: Buffer.from(csv) };
    } else { type = 'application/zip'; name = 'archive-' + i + '.zip'; buf.write('PK\x03\x04', 0, 'latin1'); }
    if (rng.chance(0.1)) name = 'מסמך-' + i + '.pdf';
    return { type, name, data: buf };
  }

  const msgs = [];        // per message: { id, subj, refs, t, from }
  const WINDOW = 400;

  // Returns { text, from, time } for message number i (0-based).
  function message(i, count) {
    const isReply = i > 0 && rng.chance(0.4);
    let from = SENDERS[sender(rng)];
    if (rng.chance(0.08)) from = owner;                  // mail the owner sent
    let to = from === owner ? SENDERS[1 + rng.int(SENDERS.length - 1)] : owner;
    let subj, base, refs = '', inReplyTo = '';
    let t = START + Math.floor(SPAN * ((i + rng.f()) / count));
    let parent = null;
    if (isReply) {
      parent = msgs[Math.max(0, i - 1 - Math.floor(Math.pow(rng.f(), 2) * Math.min(i, WINDOW)))];
      base = parent.subj;
      subj = (rng.chance(0.9) ? 'Re: ' : rng.pick(['RE: ', 'AW: ', 'Re: Re: '])) + base;
      inReplyTo = parent.id;
      let list = parent.refs ? parent.refs.split(' ') : [];
      list.push(parent.id);
      if (list.length > 10) list = [list[0]].concat(list.slice(-9));
      refs = list.join(' ');
      t = parent.t + 300000 + Math.floor(Math.pow(rng.f(), 3) * 3 * 86400000);
      if (from === parent.from) from = SENDERS[sender(rng)];
      to = parent.from;
    } else {
      base = subj = subjectFor(i);
      if (i > 10 && rng.chance(0.03)) subj = 'Fwd: ' + msgs[i - 1 - rng.int(Math.min(i, WINDOW))].subj;
    }
    const domain = from.addr.slice(from.addr.indexOf('@') + 1);
    const id = '<' + t.toString(36) + '.' + i + '.' + hashSeed(seed + ':' + i).toString(36) + '@' + domain + '>';
    msgs.push({ id, subj: base, refs, t, from });

    // headers
    let h = '';
    h += 'Return-Path: <' + from.addr + '>\n';
    h += 'Message-ID: ' + id + '\n';
    h += 'Date: ' + rfc2822Date(t, from.tz) + '\n';
    h += 'From: ' + mailbox(from) + '\n';
    h += 'To: ' + mailbox(to) + '\n';
    if (rng.chance(0.2)) {
      const n = rng.range(1, 3);
      const cc = [];
      for (let k = 0; k < n; k++) cc.push(mailbox(SENDERS[sender(rng)]));
      h += 'Cc: ' + cc.join(',\n ') + '\n';
    }
    h += 'Subject: ' + encodeWords(subj) + '\n';
    if (inReplyTo) {
      h += 'In-Reply-To: ' + inReplyTo + '\n';
      h += 'References: ' + refs.split(' ').join('\n ') + '\n';
    }
    if (subj.indexOf('[') >= 0 && /\[(\w+)\]/.test(subj)) h += 'List-Id: <' + RegExp.$1 + '.lists.northwind.example>\n';
    if (rng.chance(0.3)) h += 'X-Mailer: ' + rng.pick(['Email Manager 0.1', 'Thunderbird 115.6.0', 'Microsoft Outlook 16.0', 'Apple Mail (2.3731)', 'mutt 2.2.9']) + '\n';
    h += 'MIME-Version: 1.0\n';

    // body text
    const u = rng.f();
    const nWords = Math.round(200 * Math.pow(25, u * u));      // 200..5000, median ~450, mean ~970
    const paras = bodyParagraphs(nWords);
    const greetName = to.name && isAscii(to.name) ? to.name.split(' ')[0] : 'all';
    let extra = '';
    if (!isAscii(subj)) {
      if (/[\u0590-\u05ff]/.test(subj)) extra = rng.pick(HEBREW_LINES) + '\n' + rng.pick(HEBREW_LINES) + '\n\n';
      else if (/[\u4e00-\u9fff]/.test(subj)) extra = rng.pick(CHINESE_LINES) + '\n' + rng.pick(CHINESE_LINES) + '\n\n';
    }
    const sig = '\n\nBest regards,\n' + (from.name && isAscii(from.name) ? from.name : from.addr) + '\n';
    let text = 'Hi ' + greetName + ',\n\n' + extra + paras.join('\n\n') + sig;
    if (parent) {
      text += '\nOn ' + rfc2822Date(parent.t, parent.from.tz) + ', ' + (parent.from.name && isAscii(parent.from.name) ? parent.from.name : parent.from.addr) + ' wrote:\n';
      text += '> ' + paragraph(20 + rng.int(60)).split('\n').join('\n> ') + '\n';
    }
    const textCte = isAscii(text) ? '7bit' : '8bit';
    const textPart = 'Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: ' + textCte + '\n\n' + text;

    let body = textPart;
    if (rng.chance(0.2)) {
      const b = '=-alt-' + i + '-' + rng.u32().toString(16);
      let html = '<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n<body style="font-family: Arial, sans-serif">\n';
      html += '<p>Hi ' + greetName + ',</p>\n';
      if (extra) html += '<p dir="auto">' + extra.trim().split('\n').join('<br>\n') + '</p>\n';
      for (const p of paras) html += '<p>' + p + '</p>\n';
      html += '<p>Best regards,<br>\n<b>' + (from.name && isAscii(from.name) ? from.name : from.addr) + '</b></p>\n</body></html>\n';
      body = 'Content-Type: multipart/alternative; boundary="' + b + '"\n\n' +
        '--' + b + '\n' + textPart + '\n--' + b + '\n' +
        'Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n' + qpEncode(html) +
        '\n--' + b + '--\n';
    }
    if (rng.chance(0.1)) {
      const a = attachment(i);
      const b = '=-mix-' + i + '-' + rng.u32().toString(16);
      const fname = isAscii(a.name) ? 'filename="' + a.name + '"' : "filename*=UTF-8''" + encodeURIComponent(a.name);
      body = 'Content-Type: multipart/mixed; boundary="' + b + '"\n\n' +
        'This is a multi-part message in MIME format.\n\n' +
        '--' + b + '\n' + body + '\n--' + b + '\n' +
        'Content-Type: ' + a.type + '\nContent-Transfer-Encoding: base64\nContent-Disposition: attachment; ' + fname + '\n\n' +
        wrap76(a.data.toString('base64')) + '--' + b + '--\n';
    }
    return { text: h + body, from, time: t };
  }

  return { message, WORDS, SENDERS };
}

// ---------------------------------------------------------------- main
function usage(code) {
  process.stderr.write('usage: node gen-corpus.js OUTDIR COUNT [SEED]\n' +
    '       node gen-corpus.js --mbox FILE COUNT [SEED]\n' +
    '       node gen-corpus.js --dump-vocab\n');
  process.exit(code);
}

function main(argv) {
  let mbox = null;
  let dump = false;
  const pos = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--mbox') { mbox = argv[++i]; if (!mbox) usage(1); }
    else if (a.startsWith('--mbox=')) mbox = a.slice(7);
    else if (a === '--dump-vocab') dump = true;
    else if (a === '-h' || a === '--help') usage(0);
    else pos.push(a);
  }
  if (dump) {
    const g = makeGenerator('1');
    g.WORDS.forEach((w, i) => process.stdout.write('word\t' + i + '\t' + w + '\n'));
    g.SENDERS.forEach((p, i) => process.stdout.write('sender\t' + i + '\t' + p.addr + '\t' + p.name + '\n'));
    return;
  }
  // With --mbox the OUTDIR argument is optional.
  if (mbox && pos.length && !/^\d+$/.test(pos[0])) pos.shift();
  const outdir = mbox ? null : pos.shift();
  const count = Number(pos.shift());
  const seed = pos.length ? pos.shift() : '1';
  if ((!mbox && !outdir) || !Number.isInteger(count) || count < 0 || pos.length) usage(1);

  const gen = makeGenerator(seed);
  const t0 = Date.now();
  let bytes = 0;
  if (mbox) {
    fs.mkdirSync(path.dirname(path.resolve(mbox)), { recursive: true });
    const fd = fs.openSync(mbox, 'w');
    let chunk = [];
    let chunkLen = 0;
    for (let i = 0; i < count; i++) {
      const m = gen.message(i, count);
      // mboxrd: quote From_ lines (and already quoted ones) in the message.
      const text = m.text.replace(/^(>*From )/gm, '>$1');
      const s = 'From ' + m.from.addr + ' ' + asctime(m.time) + '\n' + text + (text.endsWith('\n') ? '' : '\n') + '\n';
      chunk.push(s);
      chunkLen += s.length;
      if (chunkLen > (8 << 20)) { const b = Buffer.from(chunk.join('')); fs.writeSync(fd, b); bytes += b.length; chunk = []; chunkLen = 0; }
    }
    const b = Buffer.from(chunk.join(''));
    fs.writeSync(fd, b);
    bytes += b.length;
    fs.closeSync(fd);
  } else {
    for (const d of ['cur', 'new', 'tmp']) fs.mkdirSync(path.join(outdir, d), { recursive: true });
    const cur = path.join(outdir, 'cur') + '/';
    const nw = path.join(outdir, 'new') + '/';
    for (let i = 0; i < count; i++) {
      const m = gen.message(i, count);
      const r = (hashSeed('flags' + i) % 100);
      let file;
      if (r < 5) file = nw + (i + 1) + '.bench';                       // unread, not yet seen by a client
      else file = cur + (i + 1) + '.bench:2,' + (r < 10 ? 'FS' : r < 25 ? 'RS' : 'S');
      const b = Buffer.from(m.text, 'utf8');
      fs.writeFileSync(file, b);
      bytes += b.length;
    }
  }
  const secs = (Date.now() - t0) / 1000;
  process.stderr.write('gen-corpus: ' + count + ' messages, ' + (bytes / 1048576).toFixed(1) + ' MiB in ' + secs.toFixed(1) + ' s -> ' + (mbox || outdir) + '\n');
}

main(process.argv.slice(2));
