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
 * A notice for the people who can fix a card (in the editor's preview and on the page, for
 * users who can edit posts); readers and feeds get nothing.
 *
 * @param string $text What is wrong.
 * @return string
 */
function evidence_claim_notice( $text ) {
	if ( is_feed() || ! current_user_can( 'edit_posts' ) ) {
		return '';
	}
	return '<p class="evidence-claim-notice" role="note"><strong>' . esc_html__( 'Evidence claim:', 'evidence-claim' ) . '</strong> ' . esc_html( $text ) . '</p>';
}

/**
 * A heading level as given (1-6), or 0 for the default: anything else, "-3" included, is refused.
 *
 * @param mixed $level The attribute's value.
 * @return int
 */
function evidence_claim_heading_level( $level ) {
	$level = is_int( $level ) ? (string) $level : ( is_string( $level ) ? trim( $level ) : '' );
	return preg_match( '/\A[1-6]\z/', $level ) ? (int) $level : 0;
}

/**
 * The HTML for one claim, with every `[` and `]` written as `&#091;` and `&#093;`: nothing it
 * prints (a claim's text, a URL, a language tag from the claims site, the notices' examples)
 * can reach WordPress's shortcode parser, in this pass or any later one. (`&#91;` would not do:
 * do_shortcode turns it back into `[`.)
 *
 * @param array $args See evidence_claim_html.
 * @return string
 */
function evidence_claim_render( $args ) {
	return str_replace( array( '[', ']' ), array( '&#091;', '&#093;' ), evidence_claim_html( $args ) );
}

/**
 * The HTML for one claim, before its brackets are escaped.
 *
 * @param array $args id, and optional variant, theme, heading_level ('' or missing: the site's
 *                    defaults), inline (written inside a sentence: drawn as a badge), as_of.
 * @return string
 */
function evidence_claim_html( $args ) {
	$id = evidence_claim_clean_id( isset( $args['id'] ) ? $args['id'] : '' );
	if ( '' === $id ) {
		return evidence_claim_notice( __( 'give the claim ID (letters, digits, - and _), as in [evidence_claim id="sample-vitamin-d"].', 'evidence-claim' ) );
	}
	$options = evidence_claim_options();
	$inline  = ! empty( $args['inline'] );
	$variant = isset( $args['variant'] ) && in_array( $args['variant'], EVIDENCE_CLAIM_VARIANTS, true ) ? $args['variant'] : $options['variant'];
	$variant = $inline ? 'badge' : $variant;
	$theme   = isset( $args['theme'] ) && in_array( $args['theme'], EVIDENCE_CLAIM_THEMES, true ) ? $args['theme'] : $options['theme'];
	$level   = evidence_claim_heading_level( isset( $args['heading_level'] ) ? $args['heading_level'] : '' );
	$doc     = evidence_claim_document( $id );

	if ( 'ok' !== $doc['status'] ) {
		/* translators: 1: a claim ID, 2: a URL, 3: what went wrong. */
		return evidence_claim_notice( sprintf( __( 'the claim "%1$s" could not be shown: %2$s, %3$s. Readers see nothing here.', 'evidence-claim' ), $id, $doc['url'], $doc['detail'] ) );
	}
	if ( is_feed() ) {
		return evidence_claim_feed_html( $doc['value'], 'badge' === $variant );
	}

	evidence_claim_enqueue_script();
	// The card is drawn in the scheme asked for, else in the one of the theme's background.
	$scheme = 'auto' === $theme ? evidence_claim_site_scheme() : $theme;
	// The prerendered card is drawn as a card with the default heading level; any other form is
	// drawn by the script (editor previews arrive through innerHTML, which ignores the template).
	$rest     = defined( 'REST_REQUEST' ) && REST_REQUEST;
	$fragment = ( 'card' === $variant && 0 === $level && ! $rest ) ? evidence_claim_fragment( $id, $scheme ) : null;
	$attrs    = array(
		'claim-id'      => $id,
		// The site's own copy of the checked JSON (rest.php): readers never contact the claims site.
		'endpoint'      => evidence_claim_endpoint(),
		'variant'       => 'card' === $variant ? '' : $variant,
		'theme'         => 'auto' === $theme ? '' : $theme,
		'heading-level' => $level ? (string) $level : '',
		'as-of'         => evidence_claim_as_of( isset( $args['as_of'] ) ? $args['as_of'] : '' ),
	);
	$html     = '<evidence-claim';
	foreach ( $attrs as $name => $value ) {
		if ( '' !== $value ) {
			// esc_url would drop the endpoint's {id}; the rest are known values.
			$html .= ' ' . $name . '="' . esc_attr( $value ) . '"';
		}
	}
	$html .= '>';
	if ( null !== $fragment && null !== $fragment['value'] ) {
		// Inside the card's shadow root, where only a link applies: wp_enqueue_style cannot reach it.
		$html .= '<template shadowrootmode="open"><link rel="stylesheet" href="' . esc_url( evidence_claim_style_url() ) . '">' . $fragment['value'] . '</template>'; // phpcs:ignore WordPress.WP.EnqueuedResources.NonEnqueuedStylesheet
	}
	if ( 'badge' === $variant ) {
		return $html . evidence_claim_inline_fallback_html( $doc['value'] ) . '</evidence-claim>';
	}
	// A block of its own: until the script defines the element (and without JavaScript) it is
	// an inline element, which a theme's content column does not hold to its width.
	return '<div class="evidence-claim-block">' . $html . evidence_claim_fallback_html( $doc['value'] ) . '</evidence-claim></div>';
}

/**
 * The document's own verdict label, as written ("Supports is higher" included: it is what the
 * source site shows), or '' when it has none, as in the widget (src/strings.ts).
 *
 * @param array $doc The claim document.
 * @return string
 */
function evidence_claim_own_label( $doc ) {
	$verdict = isset( $doc['verdict'] ) && is_array( $doc['verdict'] ) ? $doc['verdict'] : array();
	$label   = isset( $verdict['label'] ) && is_string( $verdict['label'] ) ? $verdict['label'] : '';
	return '' === trim( $label ) ? '' : $label;
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
	$labels  = EVIDENCE_CLAIM_LEANING_LABELS;
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
 * @param array  $doc  The claim document.
 * @param string $link A link to add when the document has no url of its own.
 * @return string
 */
function evidence_claim_fallback_html( $doc, $link = '' ) {
	$disclaimer = evidence_claim_text( $doc, 'disclaimer' );
	$lang       = evidence_claim_text( $doc, 'language' );
	$en         = ( '' !== $lang && ! preg_match( '/^en(-|$)/i', $lang ) ) ? ' lang="en"' : '';
	$own        = '' !== evidence_claim_own_label( $doc );
	$url        = evidence_claim_link( $doc );
	$url        = '' !== $url ? $url : $link;
	$lines      = '<p><strong' . ( $own ? '' : $en ) . '>' . esc_html( evidence_claim_verdict_label( $doc ) ) . '</strong></p>';
	$lines     .= '<p>' . esc_html( evidence_claim_text( $doc, 'claim' ) ) . '</p>';
	$lines     .= '<p>' . esc_html( evidence_claim_text( $doc, 'summary' ) ) . '</p>';
	if ( '' !== $url ) {
		$lines .= '<p><a href="' . esc_url( $url, array( 'http', 'https' ) ) . '"' . $en . '>' . esc_html( EVIDENCE_CLAIM_FULL_ANALYSIS ) . '</a></p>';
	}
	$lines .= '' !== $disclaimer
		? '<p><small>' . esc_html( $disclaimer ) . '</small></p>'
		: '<p><small' . $en . '>' . esc_html( EVIDENCE_CLAIM_DISCLAIMER ) . '</small></p>';
	return '' !== $lang ? '<div lang="' . esc_attr( $lang ) . '">' . $lines . '</div>' : $lines;
}

/**
 * A badge's fallback, inside a sentence: the verdict's words, linked to the claim's own page
 * when it has one. Inline only, so the sentence stays one paragraph.
 *
 * @param array $doc The claim document.
 * @return string
 */
function evidence_claim_inline_fallback_html( $doc ) {
	$lang  = evidence_claim_text( $doc, 'language' );
	$own   = '' !== evidence_claim_own_label( $doc );
	$en    = ( ! $own && '' !== $lang && ! preg_match( '/^en(-|$)/i', $lang ) ) ? ' lang="en"' : ( '' !== $lang ? ' lang="' . esc_attr( $lang ) . '"' : '' );
	$words = esc_html( evidence_claim_verdict_label( $doc ) );
	$url   = evidence_claim_link( $doc );
	return '' !== $url
		? '<a href="' . esc_url( $url, array( 'http', 'https' ) ) . '"' . $en . '><strong>' . $words . '</strong></a>'
		: '<strong' . $en . '>' . $words . '</strong>';
}

/**
 * A feed's version: the plain fallback in a block quote, linked to the claim's own page or to
 * the post (where the full card is); inside a sentence, the verdict's words only.
 *
 * @param array $doc    The claim document.
 * @param bool  $inline Whether it stands inside a sentence.
 * @return string
 */
function evidence_claim_feed_html( $doc, $inline ) {
	if ( $inline ) {
		return evidence_claim_inline_fallback_html( $doc );
	}
	return '<blockquote class="evidence-claim">' . evidence_claim_fallback_html( $doc, (string) get_permalink() ) . '</blockquote>';
}
