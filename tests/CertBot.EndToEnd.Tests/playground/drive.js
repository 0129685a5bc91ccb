// Drives two Agents Playgrounds in headless Debian Chromium through CertBot's approval flow as the README walks
// it: Alan (approver) says hi once in his personal chat with CertBot; Rita (requester) asks in the channel and
// requests approval; the thread's approval card shows her the status only, and her own typed approval is refused
// visibly; each approval card reaches Alan's personal chat and he clicks Approve there; Rita confirms the manual
// steps on her cards; the progress card must reach "Succeeded", and Alan's cards must show the decisions without
// buttons afterwards. Screenshots go to the given directory. Prints one JSON line with what it saw.
//
//   node drive.js '{"requesterUrl":"http://127.0.0.1:56150/","approverUrl":"http://127.0.0.1:56151/",
//                   "channel":"Certificates","command":"regenerate tomcat on lab-east",
//                   "screenshots":"artifacts/e2e","timeoutSeconds":300}'
//
// Exit 0 when the run succeeded; 1 with the reason on stderr otherwise. It never skips: a missing Chromium
// or Playground is a failure. It waits for what it expects to see, never for a fixed time.
'use strict';
const fs = require('fs');
const path = require('path');
const { execSync } = require('child_process');
const { chromium } = require('playwright-core');

const options = JSON.parse(process.argv[2] || '{}');
const started = Date.now();
const deadline = started + (options.timeoutSeconds || 300) * 1000;
fs.mkdirSync(options.screenshots, { recursive: true });
const seen = {
  hi: null, runId: null, sharedCard: null, sharedButtons: null, refusal: null, approvals: 0, confirmations: 0, final: null,
  alanCards: [], alanOpenButtons: null, threadDecisions: [], timings: {}, screenshots: [],
};

function chromiumPath() {
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) if (fs.existsSync(candidate)) return candidate;
  try { return execSync('command -v chromium', { shell: '/bin/bash' }).toString().trim(); } catch { /* below */ }
  throw new Error('Chromium is not installed (Debian: apt-get install chromium; scripts/test installs it)');
}

async function shot(page, name) {
  const file = path.join(options.screenshots, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  seen.screenshots.push(file);
}

function left() {
  const ms = deadline - Date.now();
  if (ms <= 0) throw new Error('out of time');
  return ms;
}

// Seconds since the start, per phase (the report's figures).
function mark(phase) { seen.timings[phase] = Math.round((Date.now() - started) / 100) / 10; }

// The Playground opens on the user's personal chat with the bot; with a channel name, that channel instead.
async function open(browser, url, channel) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load', timeout: left() });
  if (channel) await page.getByText(channel, { exact: true }).first().click({ timeout: 30000 });
  await page.locator('[data-lexical-editor="true"]').first().waitFor({ timeout: 30000 });
  return page;
}

// A message in the personal chat (no mention needed there).
async function say(page, text) {
  await page.locator('[data-lexical-editor="true"]').first().click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

// A new channel post that @mentions the bot (the bot sees nothing else in a channel).
async function post(page, text) {
  await page.locator('[data-lexical-editor="true"]').first().click();
  await page.keyboard.type('@Cert');
  // The suggestion in the typeahead menu (appended to the page's body), not the bot's name on a message above.
  await page.locator('#typeahead-menu').getByText('CertBot', { exact: true }).first().click({ timeout: 10000 });
  await page.keyboard.type(` ${text}`);
  await page.getByRole('button', { name: 'Post', exact: true }).click();
}

async function waitFor(locator, what) {
  try {
    await locator.first().waitFor({ state: 'visible', timeout: Math.min(left(), 60000) });
  } catch (e) {
    throw new Error(`${what} did not appear: ${e.message.split('\n')[0]}`);
  }
}

// Polls a condition of what the pages show (several pages at once, which one locator cannot wait on) until it
// holds; returns its value.
async function until(condition, what, timeout = 60000) {
  const end = Date.now() + Math.min(left(), timeout);
  for (;;) {
    const value = await condition();
    if (value) return value;
    if (Date.now() > end) throw new Error(`${what}: not seen within ${Math.round(timeout / 1000)} s`);
    await new Promise(r => setTimeout(r, 200));
  }
}

// Clicks the button and waits until the card it is on shows it no more: the click's answer replaces the card in
// place (another card with the same button may already be there, so the count of buttons proves nothing).
async function clickOnCard(button, what) {
  const handle = await button.elementHandle({ timeout: 10000 });
  const card = await handle.evaluateHandle(b => b.closest('.ac-adaptiveCard'));
  const title = (await handle.innerText()).trim();
  await handle.click();
  await until(() => card.evaluate((c, t) => !c.isConnected || ![...c.querySelectorAll('button')].some(b => b.innerText.trim() === t), title),
    `${what}: the card still offers "${title}"`, 30000);
}

async function main() {
  const browser = await chromium.launch({
    executablePath: chromiumPath(), headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  try {
    // Both Playgrounds at once: Alan's on his personal chat, Rita's on the channel.
    const [alan, rita] = await Promise.all([open(browser, options.approverUrl), open(browser, options.requesterUrl, options.channel)]);
    mark('opened');

    // Alan says hi once in his personal chat: CertBot answers, and knows from now on where to reach him.
    await say(alan, 'hi');
    const hi = alan.getByText(/regenerate/i);
    await waitFor(hi, 'CertBot\'s answer to Alan\'s hi');
    seen.hi = (await hi.first().textContent()).trim().slice(0, 200);
    await shot(alan, '00-alan-says-hi');
    mark('hi');

    await post(rita, options.command);
    await waitFor(rita.getByRole('button', { name: 'Request approval' }), 'the plan card with "Request approval"');
    await shot(rita, '01-plan-card');
    mark('plan');
    await rita.getByRole('button', { name: 'Request approval' }).first().click();

    // The thread's approval card shows everyone the status (Teams gives Alan and Rita their own views of it) and
    // says where the approval went: Rita has no Approve to click.
    const shared = rita.locator('.ac-adaptiveCard').filter({ hasText: 'Approval needed' }).filter({ hasText: 'in their chat with CertBot' });
    await waitFor(shared, 'the approval card in the thread, sent on to Alan');
    const title = await rita.getByText(/\(run [0-9a-f]{8}\)/).first().textContent({ timeout: 30000 });
    seen.runId = /\(run ([0-9a-f]{8})\)/.exec(title)[1];
    seen.sharedCard = (await shared.first().innerText()).trim();
    seen.sharedButtons = await shared.first().getByRole('button').allInnerTexts();
    await shot(rita, '02-approval-card-in-the-thread');
    mark('gate');

    // Rita's own approval: refused, visibly, in the channel; the gate stays open for Alan.
    await post(rita, `approve ${seen.runId}`);
    const refusal = rita.getByText(/never approves their own run/);
    await waitFor(refusal, 'the refusal of the requester\'s own approval');
    seen.refusal = (await refusal.first().textContent()).trim();
    await shot(rita, '03-own-approval-refused');
    mark('refused');

    // Alan approves each approval on the card in his personal chat; Rita confirms the manual steps on her cards.
    // The progress card: the run's first card (posted when approval was requested), updated in place.
    const progress = rita.locator('.ac-adaptiveCard').filter({ hasText: `(run ${seen.runId})` }).first();
    // Alan's chat holds only this run's approval cards (the copies name the plan, not the run).
    const alanCards = alan.locator('.ac-adaptiveCard').filter({ hasText: 'Approval needed' });
    const approve = alanCards.getByRole('button', { name: 'Approve', exact: true });
    const done = rita.getByRole('button', { name: 'Done', exact: true });
    for (;;) {
      // Whatever comes next: the end of the run, a manual step for Rita, an approval for Alan.
      const next = await until(async () => {
        const state = /\b(Succeeded|Failed|Cancelled)\b/.exec(await progress.innerText());
        if (state) return { final: state[1] };
        if (await done.count() > 0) return { done: true };
        if (await approve.count() > 0) return { approve: true };
        return null;
      }, 'the run\'s next step (an approval in Alan\'s chat, a manual step, or the end)', 120000);
      if (next.final) { seen.final = next.final; break; }
      if (next.done) {
        seen.confirmations++;
        await clickOnCard(done.first(), `manual step ${seen.confirmations} after Done`);
        await shot(rita, `04-confirmed-${seen.confirmations}`);
        mark(`confirmed-${seen.confirmations}`);
        continue;
      }
      const card = approve.first();
      await card.scrollIntoViewIfNeeded();
      await shot(alan, `05-approval-card-in-alans-chat-${seen.approvals + 1}`);
      seen.approvals++;
      await clickOnCard(card, `Alan's card ${seen.approvals} after his Approve`);
      await shot(alan, `06-approved-by-alan-${seen.approvals}`);
      mark(`approved-${seen.approvals}`);
    }
    mark('final');

    // Alan's chat afterwards: every card shows its decision, none has a button left.
    await until(async () => {
      const texts = await alanCards.allInnerTexts();
      return texts.length === seen.approvals && texts.every(t => t.includes('Approved by')) && await alanCards.getByRole('button').count() === 0;
    }, 'Alan\'s cards showing the decisions without buttons', 30000).catch(() => { /* asserted by the test on what is seen */ });
    seen.alanCards = (await alanCards.allInnerTexts()).map(t => t.trim());
    seen.alanOpenButtons = await alanCards.getByRole('button').count();
    await shot(alan, '07-alans-chat-at-the-end');
    // And the thread's approval cards say who decided them.
    seen.threadDecisions = (await rita.locator('.ac-adaptiveCard').filter({ hasText: 'Approval needed' }).allInnerTexts())
      .map(t => (/Approved by [^\n]*/.exec(t) || ['(undecided)'])[0]);
    seen.progress = (await progress.innerText()).trim();
    await progress.scrollIntoViewIfNeeded();
    await progress.screenshot({ path: path.join(options.screenshots, '08-progress-card.png') });
    seen.screenshots.push(path.join(options.screenshots, '08-progress-card.png'));
    await rita.getByText(seen.final, { exact: true }).last().scrollIntoViewIfNeeded();
    await shot(rita, '09-thread-at-the-end');
    mark('end');
    if (seen.final !== 'Succeeded') throw new Error(`the run ended ${seen.final}`);
  } catch (e) {
    // What each Playground showed when it went wrong, for the failure message and artefacts.
    try {
      const pages = browser.contexts().flatMap(c => c.pages());
      for (const [i, page] of pages.entries()) await shot(page, `99-at-failure-${i + 1}`);
      if (pages[1] && seen.runId) seen.cards = await pages[1].locator('.ac-adaptiveCard').filter({ hasText: `(run ${seen.runId})` }).allInnerTexts();
    } catch { /* the original error matters more */ }
    throw e;
  } finally {
    await browser.close();
  }
}

main().then(() => {
  console.log(JSON.stringify(seen));
}, (e) => {
  console.log(JSON.stringify(seen));
  console.error(e.stack || String(e));
  process.exit(1);
});
