// `as-of` in the real WordPress 6.1: the shortcode and the block write the post's publication
// date, and a logged-out reader of a post published before the claim's last change sees the
// "updated after this article" line by the verdict; of one published after it, no line.
// sample-vitamin-d was last changed on 2026-11-20 (its dateModified).
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ROOT, buildClaimsSite } from './fixtures.mjs';
import { SHOTS, launch } from './reader.mjs';
import { startWordPress } from './servers.mjs';

const PLUGIN = join(ROOT, 'dist/wordpress/evidence-claim');
const LINE = 'Updated on November 20, 2026, after this article was published.';

// Activates the plugin, points it at the test's claims site and publishes four posts, as
// WordPress's own functions do it; prints the posts' IDs as JSON. Run with PHP's command line.
const SETUP = `<?php
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
$r = activate_plugin( 'evidence-claim/evidence-claim.php' );
if ( is_wp_error( $r ) ) { fwrite( STDERR, $r->get_error_message() ); exit( 1 ); }
update_option( 'evidence_claim_options', array( 'claims_url' => getenv( 'CLAIMS_URL' ) ) );
$author = get_user_by( 'login', 'author1' )->ID;
$ids    = array();
foreach ( array(
	'shortcodeBefore' => array( '2026-11-10 10:00:00', '[evidence_claim id="sample-vitamin-d"]' ),
	'shortcodeAfter'  => array( '2026-11-25 10:00:00', '[evidence_claim id="sample-vitamin-d"]' ),
	'blockBefore'     => array( '2026-11-10 10:00:00', '<!-- wp:evidence-claim/claim {"claimId":"sample-vitamin-d","variant":"compact"} /-->' ),
	'blockAfter'      => array( '2026-11-25 10:00:00', '<!-- wp:evidence-claim/claim {"claimId":"sample-vitamin-d","variant":"compact"} /-->' ),
) as $name => $post ) {
	$ids[ $name ] = wp_insert_post(
		array(
			'post_title'   => $name,
			'post_content' => "<!-- wp:paragraph --><p>An article about winter colds.</p><!-- /wp:paragraph -->\\n" . $post[1],
			'post_status'  => 'publish',
			'post_date'    => $post[0],
			'post_author'  => $author,
		),
		true
	);
}
echo "\\n" . wp_json_encode( $ids ) . "\\n";
`;

describe('as-of in WordPress', { timeout: 10 * 60 * 1000 }, () => {
  let wp;
  let browser;
  let site;
  let ids;

  before(async () => {
    site = buildClaimsSite();
    wp = await startWordPress({ claimsDir: site.dir });
    // Installed as a site owner would copy the built folder into wp-content/plugins/.
    const target = join(wp.tmp, 'wp-content/plugins/evidence-claim');
    cpSync(PLUGIN, target, { recursive: true });
    execFileSync('chown', ['-R', 'www-data:www-data', target]);
    const script = join(wp.tmp, 'as-of-setup.php');
    writeFileSync(script, SETUP);
    const port = new URL(wp.url).port;
    const out = execFileSync('php', [script], {
      env: {
        ...process.env,
        WORDPRESS_CONFIG: `evidence-claim-test-${port}`,
        HTTP_HOST: `127.0.0.1:${port}`,
        CLAIMS_URL: `${wp.url}/ec-claims/claims/{id}.json`,
      },
      encoding: 'utf8',
    });
    ids = JSON.parse(out.trim().split('\n').pop());
    mkdirSync(SHOTS, { recursive: true });
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
    await wp?.stop();
    if (site) rmSync(site.dir, { recursive: true, force: true });
  });

  /** What a logged-out reader gets: the card's as-of and, once it is ready, its "updated" line. */
  async function read(name, { shot } = {}) {
    const ctx = await browser.createBrowserContext();
    const page = await ctx.newPage();
    await page.setViewport({ width: 700, height: 1000 });
    await page.goto(`${wp.url}/?p=${ids[name]}`, { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelector('evidence-claim')?.getAttribute('state') === 'ready', {
      timeout: 30000,
    });
    // Ready from the first paint (a prerendered card): give the script its check of the document.
    await page.waitForFunction(() => document.querySelector('evidence-claim').validatedClaim, { timeout: 30000 });
    await new Promise((r) => setTimeout(r, 500));
    const seen = await page.evaluate(() => {
      const el = document.querySelector('evidence-claim');
      const line = el.shadowRoot.querySelector('[part="updated"]');
      return {
        asOf: el.getAttribute('as-of'),
        line: line ? line.innerText.replace(/\s+/g, ' ').trim() : null,
        height: line ? line.getBoundingClientRect().height : 0,
        loggedIn: document.body.classList.contains('logged-in'),
      };
    });
    if (shot) await page.screenshot({ path: join(SHOTS, shot) });
    await ctx.close();
    return seen;
  }

  it('the shortcode: a post published before the claim changed shows the line to a logged-out reader', async () => {
    const seen = await read('shortcodeBefore', { shot: 'wp-as-of-before.png' });
    assert.equal(seen.loggedIn, false);
    assert.equal(seen.asOf, '2026-11-10', 'the post’s publication date');
    assert.equal(seen.line, LINE);
    assert.ok(seen.height > 0, 'visible');
  });

  it('the shortcode: a post published after it shows no line', async () => {
    const seen = await read('shortcodeAfter');
    assert.equal(seen.asOf, '2026-11-25');
    assert.equal(seen.line, null);
  });

  it('the block: the same, before and after', async () => {
    const before = await read('blockBefore');
    assert.equal(before.asOf, '2026-11-10');
    assert.equal(before.line, LINE);
    assert.ok(before.height > 0, 'visible in the compact card without opening it');
    const later = await read('blockAfter');
    assert.equal(later.asOf, '2026-11-25');
    assert.equal(later.line, null);
  });
});
