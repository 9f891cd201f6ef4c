<?php
/**
 * The element's script: the plugin's own copy, loaded as a module, and only on pages that show
 * a card (the shortcode and the block ask for it as they render).
 *
 * WordPress 6.5 and later have script modules (wp_register_script_module), which print
 * `<script type="module">` themselves. Older versions, such as Debian stable's 6.1, only know
 * classic scripts, so there the tag of our handle gets `type="module"` through
 * `script_loader_tag`; without it the browser stops at `import.meta` outside a module.
 *
 * @package EvidenceClaim
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

const EVIDENCE_CLAIM_HANDLE = 'evidence-claim';

/**
 * The script's URL: the copy inside the plugin, unless a site serves it elsewhere.
 *
 * @return string
 */
function evidence_claim_script_url() {
	/**
	 * Filters the URL of the element's script (an ES module).
	 *
	 * @param string $url The plugin's own copy.
	 */
	return (string) apply_filters( 'evidence_claim_script_url', plugins_url( 'assets/evidence-claim.js', EVIDENCE_CLAIM_FILE ) );
}

/**
 * The card's stylesheet, the plugin's own copy: what a prerendered card links (the claims
 * site's link is dropped, includes/fragment.php).
 *
 * @return string
 */
function evidence_claim_style_url() {
	return add_query_arg( 'ver', EVIDENCE_CLAIM_VERSION, plugins_url( 'assets/evidence-claim.css', EVIDENCE_CLAIM_FILE ) );
}

/** True where WordPress has the script-modules API. */
function evidence_claim_has_script_modules() {
	return function_exists( 'wp_register_script_module' ) && function_exists( 'wp_enqueue_script_module' );
}

/** Registers the script on every request; it is printed only once enqueued. */
function evidence_claim_register_script() {
	if ( evidence_claim_has_script_modules() ) {
		wp_register_script_module( EVIDENCE_CLAIM_HANDLE, evidence_claim_script_url(), array(), EVIDENCE_CLAIM_VERSION );
	} else {
		// In the footer: a card rendered inside the content is seen after wp_head in classic themes.
		wp_register_script( EVIDENCE_CLAIM_HANDLE, evidence_claim_script_url(), array(), EVIDENCE_CLAIM_VERSION, true );
	}
}
add_action( 'init', 'evidence_claim_register_script' );

/** Asks for the script on this page. */
function evidence_claim_enqueue_script() {
	if ( evidence_claim_has_script_modules() ) {
		wp_enqueue_script_module( EVIDENCE_CLAIM_HANDLE );
	} else {
		wp_enqueue_script( EVIDENCE_CLAIM_HANDLE );
	}
}

/**
 * Makes our classic-script tag a module tag (WordPress before 6.5).
 *
 * @param string $tag    The `<script>` tag.
 * @param string $handle Its handle.
 * @return string
 */
function evidence_claim_module_tag( $tag, $handle ) {
	if ( EVIDENCE_CLAIM_HANDLE !== $handle ) {
		return $tag;
	}
	$tag = preg_replace( '/(<script\b[^>]*?)\s+type=(["\'])[^"\']*\2/i', '$1', $tag );
	return preg_replace( '/<script\b(?=[^>]*\bsrc=)/i', '<script type="module"', $tag );
}
add_filter( 'script_loader_tag', 'evidence_claim_module_tag', 10, 2 );

/**
 * The block editor loads the script too, so the block's preview is the live card: on the
 * editor's page (WordPress 6.1) and inside its iframe where newer versions draw the content
 * (enqueue_block_assets, which also runs on the front end: there, only cards ask for it).
 */
function evidence_claim_editor_assets() {
	if ( is_admin() ) {
		evidence_claim_enqueue_script();
	}
}
add_action( 'enqueue_block_editor_assets', 'evidence_claim_editor_assets' );
add_action( 'enqueue_block_assets', 'evidence_claim_editor_assets' );
