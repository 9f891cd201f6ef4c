<?php
/**
 * The card's `as-of`: the date the post was written against. A card whose claim changed after
 * it says so by its verdict (the widget's src/changed.ts compares it with `dateModified`).
 *
 * @package EvidenceClaim
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * The post's date as YYYY-MM-DD, in the site's calendar: the publication date, the one themes
 * show (Twenty Twenty-Three's Post Date block among them). A site whose theme shows the
 * modification date instead says so with the `evidence_claim_as_of` filter. A date given by
 * hand (the shortcode's as_of) wins; a malformed one is left for the widget to report.
 *
 * @param string $given A date the publisher wrote in the shortcode, or ''.
 * @return string '' outside a post.
 */
function evidence_claim_as_of( $given = '' ) {
	if ( '' !== trim( (string) $given ) ) {
		return trim( (string) $given );
	}
	$post = get_post();
	$date = $post ? (string) get_the_date( 'Y-m-d', $post ) : '';
	/**
	 * Filters the date the card's claim is compared with (YYYY-MM-DD, or '' for none).
	 *
	 * @param string       $date The post's publication date.
	 * @param WP_Post|null $post The post.
	 */
	return (string) apply_filters( 'evidence_claim_as_of', $date, $post );
}
