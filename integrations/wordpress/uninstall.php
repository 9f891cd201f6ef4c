<?php
/**
 * Removing the plugin removes its settings and its cache (the claims and cards it fetched,
 * kept as transients named evidence_claim_<hash>). With a persistent object cache, transients
 * live there instead and expire within a day.
 *
 * @package EvidenceClaim
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}
delete_option( 'evidence_claim_options' );
delete_option( 'evidence_claim_cache_gen' );

global $wpdb;
// Transients have no API to list them: delete ours, and their timeouts, by name.
// phpcs:ignore WordPress.DB.DirectDatabaseQuery.DirectQuery, WordPress.DB.DirectDatabaseQuery.NoCaching -- one-time cleanup on uninstall.
$wpdb->query(
	$wpdb->prepare(
		"DELETE FROM {$wpdb->options} WHERE option_name LIKE %s OR option_name LIKE %s",
		$wpdb->esc_like( '_transient_evidence_claim_' ) . '%',
		$wpdb->esc_like( '_transient_timeout_evidence_claim_' ) . '%'
	)
);
