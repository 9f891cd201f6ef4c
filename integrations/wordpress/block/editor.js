// The block's editor side, written for the browser as it is (no JSX, no build step): the
// claim ID in the block and in the sidebar, the options in the sidebar, and a live preview,
// which is the server's own rendering of the block (the element, upgraded by the script that
// the plugin loads into the editor).
(function (wp) {
  const { registerBlockType } = wp.blocks;
  const { createElement: h, Fragment, useState, useEffect } = wp.element;
  const { InspectorControls, useBlockProps } = wp.blockEditor;
  const { PanelBody, TextControl, SelectControl, Placeholder } = wp.components;
  const ServerSideRender = wp.serverSideRender;
  const { __ } = wp.i18n;

  // The format's claim ID rule: what the server accepts too.
  const ID = /^[A-Za-z0-9_-]{1,64}$/;

  const variants = [
    { label: __('Site default', 'evidence-claim'), value: '' },
    { label: __('Card', 'evidence-claim'), value: 'card' },
    { label: __('Compact', 'evidence-claim'), value: 'compact' },
    { label: __('Badge', 'evidence-claim'), value: 'badge' },
  ];
  const themes = [
    { label: __('Site default', 'evidence-claim'), value: '' },
    { label: __('Auto', 'evidence-claim'), value: 'auto' },
    { label: __('Light', 'evidence-claim'), value: 'light' },
    { label: __('Dark', 'evidence-claim'), value: 'dark' },
  ];
  const levels = [{ label: __('Default (one below the heading before it)', 'evidence-claim'), value: '0' }].concat(
    [1, 2, 3, 4, 5, 6].map((n) => ({ label: `H${n}`, value: String(n) })),
  );

  function idHelp(id) {
    if (!id) return __('The ID of a claim on your claims site, as in claims/<id>.json.', 'evidence-claim');
    return ID.test(id) ? '' : __('Letters, digits, - and _ only, at most 64.', 'evidence-claim');
  }

  // The claim ID is typed into a draft and saved on Enter or when the field loses focus: saving
  // each key would swap the field for the preview as soon as the first letter is a valid ID.
  function IdField({ label, claimId, setAttributes, autoFocus }) {
    const [draft, setDraft] = useState(claimId);
    useEffect(() => setDraft(claimId), [claimId]);
    const commit = () => draft.trim() !== claimId && setAttributes({ claimId: draft.trim() });
    return h(
      'div',
      {
        onKeyDown: (e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            commit();
          }
        },
      },
      h(TextControl, {
        label,
        value: draft,
        help: idHelp(draft.trim()),
        autoFocus,
        onChange: setDraft,
        onBlur: commit,
      }),
    );
  }

  function Edit({ attributes, setAttributes }) {
    const { claimId, variant, theme, headingLevel } = attributes;
    const blockProps = useBlockProps();
    const idField = (label, autoFocus) => h(IdField, { label, claimId, setAttributes, autoFocus });
    const sidebar = h(
      InspectorControls,
      null,
      h(
        PanelBody,
        { title: __('Claim', 'evidence-claim') },
        idField(__('Claim ID', 'evidence-claim')),
        h(SelectControl, { label: __('Variant', 'evidence-claim'), value: variant, options: variants, onChange: (v) => setAttributes({ variant: v }) }),
        h(SelectControl, {
          label: __('Theme', 'evidence-claim'),
          value: theme,
          options: themes,
          // What "auto" means, in the settings' own words (options.php): said once.
          help: (window.evidenceClaimEditor || {}).autoHelp,
          onChange: (v) => setAttributes({ theme: v }),
        }),
        h(SelectControl, {
          label: __('Heading level of the claim', 'evidence-claim'),
          value: String(headingLevel || 0),
          options: levels,
          onChange: (v) => setAttributes({ headingLevel: Number(v) }),
        }),
      ),
    );
    // The server's preview says when the claim is not found (render.php's notice).
    const body = ID.test(claimId)
      ? h(ServerSideRender, { block: 'evidence-claim/claim', attributes })
      : h(Placeholder, { icon: 'clipboard', label: __('Evidence claim', 'evidence-claim') }, idField(__('Claim ID', 'evidence-claim'), true));
    return h(Fragment, null, sidebar, h('div', blockProps, body));
  }

  registerBlockType('evidence-claim/claim', {
    edit: Edit,
    // Rendered on the server: the post keeps only the block comment and its attributes.
    save: () => null,
  });
})(window.wp);
