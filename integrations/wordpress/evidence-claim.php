<?php
/**
 * Plugin Name:       Evidence Claim
 * Description:       Shows readers what the research says about a health claim: the [evidence_claim] shortcode and the "Evidence claim" block, rendered on the server, with the card complete at first paint when the claims site offers it prerendered.
 * Version:           {{VERSION}}
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * Text Domain:       evidence-claim
 *
 * @package EvidenceClaim
 */

// Loaded only by WordPress.
if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'EVIDENCE_CLAIM_VERSION', '{{VERSION}}' );
define( 'EVIDENCE_CLAIM_FILE', __FILE__ );
define( 'EVIDENCE_CLAIM_DIR', __DIR__ );

require_once __DIR__ . '/includes/strings.php';
require_once __DIR__ . '/includes/allowlist.php';
require_once __DIR__ . '/includes/options.php';
require_once __DIR__ . '/includes/fetch.php';
require_once __DIR__ . '/includes/fragment.php';
require_once __DIR__ . '/includes/scheme.php';
require_once __DIR__ . '/includes/rest.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/as-of.php';
require_once __DIR__ . '/includes/assets.php';
require_once __DIR__ . '/includes/shortcode.php';
require_once __DIR__ . '/includes/block.php';
require_once __DIR__ . '/includes/settings.php';
