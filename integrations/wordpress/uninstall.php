<?php
/**
 * Removing the plugin removes its settings. Cached claims are transients and expire by themselves.
 *
 * @package EvidenceClaim
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}
delete_option( 'evidence_claim_options' );
delete_option( 'evidence_claim_cache_gen' );
