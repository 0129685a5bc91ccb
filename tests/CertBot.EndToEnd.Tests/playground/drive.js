// Drives two Agents Playgrounds in headless Debian Chromium through CertBot's approval flow, as two people
// would: Rita (requester) asks in the channel, requests approval and tries to approve her own run; Alan
// (approver) asks for the plan card in his Playground and approves on it; Rita confirms the manual steps on her cards; the progress card
// must reach "Succeeded". Screenshots go to the given directory. Prints one JSON line with what it saw.
//
//   node drive.js '{"requesterUrl":"http://127.0.0.1:56150/","approverUrl":"http://127.0.0.1:56151/",
//                   "channel":"Certificates","command":"regenerate tomcat on lab-east",
//                   "screenshots":"artifacts/e2e","timeoutSeconds":300}'
//
// Exit 0 when the run succeeded; 1 with the reason on stderr otherwise. It never skips: a missing Chromium
// or Playground is a failure.
'use strict';
const fs = require('fs');
const path = require('path');
const { execSync } = require('child_process');
const { chromium } = require('playwright-core');

const options = JSON.parse(process.argv[2] || '{}');
const deadline = Date.now() + (options.timeoutSeconds || 300) * 1000;
fs.mkdirSync(options.screenshots, { recursive: true });
const seen = { runId: null, refusal: null, approvals: 0, confirmations: 0, final: null, screenshots: [] };

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

async function open(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load', timeout: left() });
  await page.getByText(options.channel, { exact: true }).first().click({ timeout: 30000 });
  await page.locator('[data-lexical-editor="true"]').first().waitFor({ timeout: 30000 });
  return page;
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

async function main() {
  const browser = await chromium.launch({
    executablePath: chromiumPath(), headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  try {
    const rita = await open(browser, options.requesterUrl);
    const alan = await open(browser, options.approverUrl);

    await post(rita, options.command);
    await waitFor(rita.getByRole('button', { name: 'Request approval' }), 'the plan card with "Request approval"');
    await shot(rita, '01-plan-card');
    await rita.getByRole('button', { name: 'Request approval' }).first().click();

    await waitFor(rita.getByRole('button', { name: 'Approve', exact: true }), 'the approval card with "Approve"');
    const title = await rita.getByText(/\(run [0-9a-f]{8}\)/).first().textContent({ timeout: 30000 });
    seen.runId = /\(run ([0-9a-f]{8})\)/.exec(title)[1];
    await shot(rita, '02-approval-card');

    // Rita's own Approve: the engine must refuse it, visibly, and the card stays open.
    await rita.getByRole('button', { name: 'Approve', exact: true }).first().click();
    const refusal = rita.getByText(/never approves their own run/);
    await waitFor(refusal, 'the refusal of the requester\'s own approval');
    seen.refusal = (await refusal.first().textContent()).trim();
    await shot(rita, '03-own-approval-refused');

    // Alan approves every approval gate from his Playground; Rita confirms the manual steps on her cards.
    // The progress card: the run's first card (posted when approval was requested), updated in place.
    const progress = rita.locator('.ac-adaptiveCard').filter({ hasText: `(run ${seen.runId})` }).first();
    let lastApproval = 0;
    while (true) {
      left();
      const text = await progress.innerText();
      const state = /\b(Succeeded|Failed|Cancelled)\b/.exec(text);
      if (state) { seen.final = state[1]; break; }
      const done = rita.getByRole('button', { name: 'Done', exact: true });
      if (await done.count() > 0) {
        await done.first().click();
        seen.confirmations++;
        await shot(rita, `04-confirmed-${seen.confirmations}`);
        await rita.waitForTimeout(1500);
        continue;
      }
      // An approval gate is open when the progress card says so (an Approve button on an older card in the
      // thread may not have been updated yet).
      if (text.includes('waiting for approval:') && Date.now() - lastApproval > 8000) {
        // A typed approval names no plan: CertBot answers with the gate's card (the plan and its hash), and
        // Alan approves on that card, the newest one in his Playground.
        const cards = alan.getByRole('button', { name: 'Approve', exact: true });
        const before = await cards.count();
        await post(alan, `approve ${seen.runId}`);
        lastApproval = Date.now();
        for (const until = Date.now() + Math.min(left(), 30000); await cards.count() <= before;) {
          if (Date.now() > until) break;
          await alan.waitForTimeout(500);
        }
        if (await cards.count() <= before) {
          // Not answered with a card (the gate moved meanwhile): look at the progress card again.
          await shot(alan, `05-no-plan-card-${seen.approvals + 1}`);
          continue;
        }
        await shot(alan, `05-plan-card-for-approver-${seen.approvals + 1}`);
        await cards.last().click();
        seen.approvals++;
        await alan.waitForTimeout(2500);
        await shot(alan, `05-approved-by-approver-${seen.approvals}`);
        continue;
      }
      await rita.waitForTimeout(1000);
    }
    await rita.waitForTimeout(1500);
    seen.progress = (await progress.innerText()).trim();
    await progress.scrollIntoViewIfNeeded();
    await progress.screenshot({ path: path.join(options.screenshots, '06-progress-card.png') });
    seen.screenshots.push(path.join(options.screenshots, '06-progress-card.png'));
    await rita.getByText(seen.final, { exact: true }).last().scrollIntoViewIfNeeded();
    await shot(rita, '07-thread-at-the-end');
    if (seen.final !== 'Succeeded') throw new Error(`the run ended ${seen.final}`);
  } catch (e) {
    // What each Playground showed when it went wrong, for the failure message and artefacts.
    try {
      const pages = browser.contexts().flatMap(c => c.pages());
      for (const [i, page] of pages.entries()) await shot(page, `99-at-failure-${i + 1}`);
      if (pages[0] && seen.runId) seen.cards = await pages[0].locator('.ac-adaptiveCard').filter({ hasText: `(run ${seen.runId})` }).allInnerTexts();
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
