<?php
/**
 * The block, evidence-claim/claim: a dynamic block, so the post stores only the block comment
 * with its attributes, and the HTML is written by evidence_claim_render when the post is shown.
 *
 * @package EvidenceClaim
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Renders the block.
 *
 * @param array $attributes Block attributes.
 * @return string
 */
function evidence_claim_render_block( $attributes ) {
	return evidence_claim_render(
		array(
			'id'            => isset( $attributes['claimId'] ) ? $attributes['claimId'] : '',
			'variant'       => isset( $attributes['variant'] ) ? $attributes['variant'] : '',
			'theme'         => isset( $attributes['theme'] ) ? $attributes['theme'] : '',
			'heading_level' => isset( $attributes['headingLevel'] ) ? $attributes['headingLevel'] : '',
		)
	);
}

/** Registers the block from block.json, with the PHP render callback. */
function evidence_claim_register_block() {
	register_block_type( EVIDENCE_CLAIM_DIR . '/block', array( 'render_callback' => 'evidence_claim_render_block' ) );
	// The sidebar says what "auto" means in the settings' own words (options.php).
	wp_add_inline_script(
		generate_block_asset_handle( 'evidence-claim/claim', 'editorScript' ),
		'window.evidenceClaimEditor = ' . wp_json_encode( array( 'autoHelp' => evidence_claim_auto_help() ) ) . ';',
		'before'
	);
}
add_action( 'init', 'evidence_claim_register_block' );
