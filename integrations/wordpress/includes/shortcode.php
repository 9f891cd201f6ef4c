<?php
/**
 * The shortcode: [evidence_claim id="…" variant="…" theme="…" heading_level="…" as_of="YYYY-MM-DD"].
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
			'as_of'         => '',
		),
		$atts,
		'evidence_claim'
	);
	// Marked, so that a shortcode written inside a sentence can be lifted out of its paragraph.
	return '<!--evidence-claim-->' . evidence_claim_render( $atts ) . '<!--/evidence-claim-->';
}
add_shortcode( 'evidence_claim', 'evidence_claim_shortcode' );

/**
 * A shortcode inside a sentence ends up in wpautop's `<p>`, and block content in a `<p>` is
 * broken apart by the HTML parser (the card would lose its fallback, which then shows beside
 * it). Runs after do_shortcode: splits such a paragraph around the card.
 *
 * @param string $content Post content, shortcodes done.
 * @return string
 */
function evidence_claim_unwrap_paragraphs( $content ) {
	if ( false === strpos( $content, '<!--evidence-claim-->' ) ) {
		return $content;
	}
	$pattern = '#<p>((?:(?!</p>).)*?)<!--evidence-claim-->(.*?)<!--/evidence-claim-->(.*?)</p>#s';
	do {
		$before  = $content;
		$content = preg_replace_callback(
			$pattern,
			function ( $m ) {
				$lead  = trim( preg_replace( '#<br\s*/?>\s*$#', '', $m[1] ) );
				$trail = trim( preg_replace( '#^\s*<br\s*/?>#', '', $m[3] ) );
				return ( '' !== $lead ? '<p>' . $lead . '</p>' : '' ) . $m[2] . ( '' !== $trail ? '<p>' . $trail . '</p>' : '' );
			},
			$content,
			1
		);
	} while ( null !== $content && $content !== $before );
	return null === $content ? $before : $content;
}
add_filter( 'the_content', 'evidence_claim_unwrap_paragraphs', 12 );
