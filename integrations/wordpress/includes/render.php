<?php
/**
 * What the shortcode and the block print: on a page, the `<evidence-claim>` element with the
 * prerendered card (or, failing that, a plain fallback written here from the claim's JSON); in
 * a feed, only the plain fallback and a link. No JSON is ever printed, and every text from the
 * claim document is escaped.
 *
 * @package EvidenceClaim
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * The HTML for one claim.
 *
 * @param array $args id, and optional variant, theme, heading_level ('' or missing: the site's defaults), as_of.
 * @return string
 */
function evidence_claim_render( $args ) {
	$id = evidence_claim_clean_id( isset( $args['id'] ) ? $args['id'] : '' );
	if ( '' === $id ) {
		// Readers see nothing; the people who can fix it are told what is wrong.
		if ( is_feed() || ! current_user_can( 'edit_posts' ) ) {
			return '';
		}
		return '<p class="evidence-claim-notice">' . esc_html__( 'Evidence claim: give the claim ID (letters, digits, - and _), as in [evidence_claim id="sample-vitamin-d"].', 'evidence-claim' ) . '</p>';
	}
	$options = evidence_claim_options();
	$variant = isset( $args['variant'] ) && in_array( $args['variant'], EVIDENCE_CLAIM_VARIANTS, true ) ? $args['variant'] : $options['variant'];
	$theme   = isset( $args['theme'] ) && in_array( $args['theme'], EVIDENCE_CLAIM_THEMES, true ) ? $args['theme'] : $options['theme'];
	$level   = isset( $args['heading_level'] ) ? absint( $args['heading_level'] ) : 0;
	$level   = ( $level >= 1 && $level <= 6 ) ? $level : 0;
	$doc     = evidence_claim_document( $id );

	if ( is_feed() ) {
		return evidence_claim_feed_html( $doc );
	}

	evidence_claim_enqueue_script();
	// The prerendered card is drawn as a card with the default heading level; any other form is
	// drawn by the script (editor previews arrive through innerHTML, which ignores the template).
	$rest     = defined( 'REST_REQUEST' ) && REST_REQUEST;
	$fragment = ( 'card' === $variant && 0 === $level && ! $rest ) ? evidence_claim_fragment( $id ) : null;
	$attrs    = array(
		'claim-id'      => $id,
		'endpoint'      => $options['claims_url'],
		'variant'       => 'card' === $variant ? '' : $variant,
		'theme'         => 'auto' === $theme ? '' : $theme,
		'heading-level' => $level ? (string) $level : '',
		'as-of'         => evidence_claim_as_of( isset( $args['as_of'] ) ? $args['as_of'] : '' ),
	);
	$html = '<evidence-claim';
	foreach ( $attrs as $name => $value ) {
		if ( '' !== $value ) {
			// The endpoint was checked as an http(s) URL when saved; esc_url would drop its {id}.
			$html .= ' ' . $name . '="' . esc_attr( $value ) . '"';
		}
	}
	$html .= '>';
	$html .= null !== $fragment ? $fragment : evidence_claim_fallback_html( $doc );
	$html .= '</evidence-claim>';
	return $html;
}

/**
 * The document's own verdict label, or '' when it has none. The format's old example labels
 * ("Supports is higher", "Opposes is higher") count as none, as in the widget (src/strings.ts).
 *
 * @param array $doc The claim document.
 * @return string
 */
function evidence_claim_own_label( $doc ) {
	$verdict = isset( $doc['verdict'] ) && is_array( $doc['verdict'] ) ? $doc['verdict'] : array();
	$label   = isset( $verdict['label'] ) && is_string( $verdict['label'] ) ? $verdict['label'] : '';
	return ( '' === trim( $label ) || preg_match( '/^(supports|opposes) is higher$/i', $label ) ) ? '' : $label;
}

/**
 * The verdict's words: the document's own label, else the default for its leaning.
 *
 * @param array $doc The claim document.
 * @return string
 */
function evidence_claim_verdict_label( $doc ) {
	$verdict = isset( $doc['verdict'] ) && is_array( $doc['verdict'] ) ? $doc['verdict'] : array();
	if ( '' !== evidence_claim_own_label( $doc ) ) {
		return evidence_claim_own_label( $doc );
	}
	$leaning = isset( $verdict['leaning'] ) && is_string( $verdict['leaning'] ) ? $verdict['leaning'] : '';
	$labels = EVIDENCE_CLAIM_LEANING_LABELS;
	return isset( $labels[ $leaning ] ) ? $labels[ $leaning ] : '';
}

/**
 * A document field as text, or ''.
 *
 * @param array  $doc   The claim document.
 * @param string $field Field name.
 * @return string
 */
function evidence_claim_text( $doc, $field ) {
	return ( is_array( $doc ) && isset( $doc[ $field ] ) && is_string( $doc[ $field ] ) ) ? $doc[ $field ] : '';
}

/**
 * The claim's own absolute http(s) URL, or ''.
 *
 * @param array|null $doc The claim document.
 * @return string
 */
function evidence_claim_link( $doc ) {
	$url = evidence_claim_text( $doc, 'url' );
	return preg_match( '#^https?://[^\s]+$#i', $url ) ? $url : '';
}

/**
 * The plain paragraphs shown before the script runs, without JavaScript and in feeds: the
 * verdict, the claim, the summary, a link, the disclaimer. The same lines as the CLI's fallback.
 *
 * @param array|null $doc  The claim document, or null when it could not be fetched.
 * @param string     $link A link to add when the document has no url of its own.
 * @return string
 */
function evidence_claim_fallback_html( $doc, $link = '' ) {
	$disclaimer = evidence_claim_text( $doc, 'disclaimer' );
	if ( null === $doc ) {
		return '<p><small>' . esc_html( EVIDENCE_CLAIM_DISCLAIMER ) . '</small></p>';
	}
	$lang   = evidence_claim_text( $doc, 'language' );
	$en     = ( '' !== $lang && ! preg_match( '/^en(-|$)/i', $lang ) ) ? ' lang="en"' : '';
	$own    = '' !== evidence_claim_own_label( $doc );
	$url    = evidence_claim_link( $doc );
	$url    = '' !== $url ? $url : $link;
	$lines  = '<p><strong' . ( $own ? '' : $en ) . '>' . esc_html( evidence_claim_verdict_label( $doc ) ) . '</strong></p>';
	$lines .= '<p>' . esc_html( evidence_claim_text( $doc, 'claim' ) ) . '</p>';
	$lines .= '<p>' . esc_html( evidence_claim_text( $doc, 'summary' ) ) . '</p>';
	if ( '' !== $url ) {
		$lines .= '<p><a href="' . esc_url( $url, array( 'http', 'https' ) ) . '"' . $en . '>' . esc_html( EVIDENCE_CLAIM_FULL_ANALYSIS ) . '</a></p>';
	}
	$lines .= '' !== $disclaimer
		? '<p><small>' . esc_html( $disclaimer ) . '</small></p>'
		: '<p><small' . $en . '>' . esc_html( EVIDENCE_CLAIM_DISCLAIMER ) . '</small></p>';
	$lines = str_replace( '[', '&#91;', $lines );
	return '' !== $lang ? '<div lang="' . esc_attr( $lang ) . '">' . $lines . '</div>' : $lines;
}

/**
 * A feed's version: the plain fallback in a block quote, linked to the claim's own page or to
 * the post (where the full card is).
 *
 * @param array|null $doc The claim document.
 * @return string
 */
function evidence_claim_feed_html( $doc ) {
	if ( null === $doc ) {
		return '<p><a href="' . esc_url( get_permalink() ) . '">' . esc_html( EVIDENCE_CLAIM_FULL_ANALYSIS ) . '</a></p>';
	}
	return '<blockquote class="evidence-claim">' . evidence_claim_fallback_html( $doc, (string) get_permalink() ) . '</blockquote>';
}
