<?php
/**
 * The site's own copy of a claim's JSON, for the element's script: GET
 * /wp-json/evidence-claim/v1/claims/<id> (or ?rest_route=… without pretty permalinks). It
 * answers the document the plugin fetched and checked when a page showed the claim, from the
 * cache only, so readers never contact the claims site, and a request here never makes the
 * site fetch anything (unknown IDs get a 404).
 *
 * @package EvidenceClaim
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

const EVIDENCE_CLAIM_REST_NAMESPACE = 'evidence-claim/v1';

/** The element's `endpoint`: the route below, with {id} for the claim ID. */
function evidence_claim_endpoint() {
	return rest_url( EVIDENCE_CLAIM_REST_NAMESPACE . '/claims/' ) . '{id}';
}

/** Registers the route. */
function evidence_claim_register_route() {
	register_rest_route(
		EVIDENCE_CLAIM_REST_NAMESPACE,
		'/claims/(?P<id>[A-Za-z0-9_-]{1,64})',
		array(
			'methods'             => 'GET',
			'callback'            => 'evidence_claim_rest_claim',
			// Public: the same document every reader of the post is shown.
			'permission_callback' => '__return_true',
		)
	);
}
add_action( 'rest_api_init', 'evidence_claim_register_route' );

/**
 * The cached document, as JSON objects (so `{}` stays an object).
 *
 * @param WP_REST_Request $request The request.
 * @return WP_REST_Response|WP_Error
 */
function evidence_claim_rest_claim( $request ) {
	$id   = evidence_claim_clean_id( $request['id'] );
	$json = '' === $id ? null : evidence_claim_cached_json( $id );
	if ( null === $json ) {
		return new WP_Error( 'evidence_claim_not_cached', __( 'No such claim is shown on this site.', 'evidence-claim' ), array( 'status' => 404 ) );
	}
	$response = new WP_REST_Response( json_decode( $json ) );
	$response->header( 'Cache-Control', 'public, max-age=300' );
	return $response;
}
