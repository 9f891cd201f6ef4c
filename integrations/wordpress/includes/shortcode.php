<?php
/**
 * The shortcode: [evidence_claim id="…" variant="…" theme="…" heading_level="…"].
 *
 * A shortcode is plain text in the post, so it survives kses for every role (Authors and
 * Contributors included) and the classic editor's wpautop: the HTML is written when the post is
 * shown, after those filters have run.
 *
 * @package EvidenceClaim
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Renders the shortcode.
 *
 * @param array|string $atts Shortcode attributes.
 * @return string
 */
function evidence_claim_shortcode( $atts ) {
	$atts = shortcode_atts(
		array(
			'id'            => '',
			'variant'       => '',
			'theme'         => '',
			'heading_level' => '',
		),
		$atts,
		'evidence_claim'
	);
	return evidence_claim_render( $atts );
}
add_shortcode( 'evidence_claim', 'evidence_claim_shortcode' );
