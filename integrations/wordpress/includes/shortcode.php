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
 * Renders the shortcode. Its output is final: WordPress's shortcode pass does not look into
 * what a shortcode returns, and every `[` in it is written as `&#091;` (render.php), so no
 * text from the claims site reaches the shortcode parser.
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
			'inline'        => '',
		),
		$atts,
		'evidence_claim'
	);
	$html = evidence_claim_render( $atts );
	// Marked, so that a card the editor put alone in a paragraph can be lifted out of it.
	return '' === $atts['inline'] && '' !== $html ? '<!--evidence-claim-->' . $html . '<!--/evidence-claim-->' : $html;
}
add_shortcode( 'evidence_claim', 'evidence_claim_shortcode' );

/** A paragraph, in one pass: its opening tag, its content (no nested paragraph), its end. */
const EVIDENCE_CLAIM_PARAGRAPH = '#<p(?:\s[^>]*)?>((?:(?!</p>).)*+)</p>#s';

/**
 * A shortcode written inside a sentence is drawn as a badge (an inline pill that opens the
 * card), so the sentence stays one paragraph. Runs after wpautop and before the shortcodes:
 * such shortcodes get `inline="1"`. Each paragraph is read once.
 *
 * @param string $content Post content, before do_shortcode.
 * @return string
 */
function evidence_claim_mark_inline( $content ) {
	// The plugin's shortcode opening, and not an escaped `[[evidence_claim]]`.
	$opening = '(?<!\[)\[evidence_claim(?=[\s\]\/])';
	return evidence_claim_each_paragraph(
		$content,
		'[evidence_claim',
		function ( $p ) use ( $opening ) {
			$rest = trim( wp_strip_all_tags( preg_replace( '/' . $opening . '[^\]]*\]/', '', $p[1] ) ) );
			return '' === $rest ? $p[0] : preg_replace( '/' . $opening . '/', '[evidence_claim inline="1"', $p[0] );
		}
	);
}
add_filter( 'the_content', 'evidence_claim_mark_inline', 10 );

/**
 * A card alone in a paragraph (wpautop's `<p>` around a shortcode that shortcode_unautop did
 * not lift, as two shortcodes on one line) is block content, which the HTML parser would break
 * out of the `<p>` (the card would lose its fallback): the paragraph's tags are dropped. Runs
 * after do_shortcode; each paragraph is read once.
 *
 * @param string $content Post content, shortcodes done.
 * @return string
 */
function evidence_claim_unwrap_paragraphs( $content ) {
	return evidence_claim_each_paragraph(
		$content,
		'<!--evidence-claim-->',
		function ( $p ) {
			return preg_replace( '#<br\s*/?>#', '', $p[1] );
		}
	);
}

/**
 * Rewrites, with `$rewrite`, each paragraph of `$content` that holds `$marker`; the others, and
 * content without it, stay as they are. One pass over the content, whatever its size.
 *
 * @param string   $content Post content.
 * @param string   $marker  What a paragraph must hold to be rewritten.
 * @param callable $rewrite Takes the match (0: the paragraph, 1: its inside), returns its new text.
 * @return string
 */
function evidence_claim_each_paragraph( $content, $marker, $rewrite ) {
	if ( false === strpos( $content, $marker ) ) {
		return $content;
	}
	$out = preg_replace_callback(
		EVIDENCE_CLAIM_PARAGRAPH,
		function ( $p ) use ( $marker, $rewrite ) {
			return false === strpos( $p[1], $marker ) ? $p[0] : $rewrite( $p );
		},
		$content
	);
	return null === $out ? $content : $out;
}
add_filter( 'the_content', 'evidence_claim_unwrap_paragraphs', 12 );
