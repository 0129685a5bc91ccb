// Parses each card with Microsoft's Adaptive Cards renderer (adaptivecards 3.0.6) in plain Node and prints,
// per card, every parse event (unknown types, bad values) and validation event (missing or duplicate ids).
// Usage: node check-cards.js <file with [{"name": "...", "card": {...}}]>
'use strict';
const fs = require('fs');
// The package's lib/ entry does not resolve under Node; the bundled dist/ build does.
const AC = require('adaptivecards/dist/adaptivecards.js');

const describe = (e) => ({ phase: e.phase, event: e.event, message: e.message });
const cards = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const results = cards.map(({ name, card }) => {
  const context = new AC.SerializationContext();
  const parsed = new AC.AdaptiveCard();
  parsed.parse(card, context);
  const events = [];
  for (let i = 0; i < context.eventCount; i++) {
    events.push(describe(context.getEventAt(i)));
  }
  for (const e of parsed.validateProperties().validationEvents) {
    events.push(describe(e));
  }
  return { name, events };
});
process.stdout.write(JSON.stringify(results));
