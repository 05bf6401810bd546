import { extract } from './src/index.js';
const ss = process.argv.slice(2);
for (const s of ss) { const r = extract(s); console.log(s.slice(0,70), '\n   ', r.entities.map(e=>e.name+'/'+e.type[0]).join(', '), '\n   ', r.relations.map(x=>x.label + (x.negated?' [neg]':'') + ' ' + x.type + '/' + (x.cameo ?? '')).join(' | ')); }
