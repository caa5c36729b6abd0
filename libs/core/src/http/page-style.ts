/**
 * The stylesheet of the pages behind links (answers, preferences, offer extension, account
 * activation): inline, a few kilobytes, no web font and no script, so that they work on an old
 * phone and without JavaScript. The class names (`fr-btn`, `fr-alert--success`…) are those the
 * pages were written with when they used the DSFR; they are plain names here, styled below with
 * the Mission Locale's colour (`--ml`), which is not the State's design system.
 */
export const PAGE_CSS = `
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;font-size:1rem;line-height:1.5;color:#1a1a1a;background:#fff}
a{color:var(--ml)}
:focus-visible{outline:3px solid var(--ml);outline-offset:2px}
.ml-skip{position:absolute;left:-9999px}.ml-skip:focus{left:.5rem;top:.5rem;background:#fff;color:#000;padding:.5rem 1rem;z-index:10}
.ml-header{background:var(--ml);color:#fff}
.ml-header .ml-inner{display:flex;align-items:center;gap:.75rem;padding-top:.75rem;padding-bottom:.75rem}
.ml-header img{height:40px;width:auto}
.ml-nom{font-weight:700;font-size:1.15rem;margin:0}.ml-tagline{margin:0;font-size:.9rem}
.ml-inner,.fr-container{max-width:48rem;margin:0 auto;padding-left:1rem;padding-right:1rem}
main{display:block;padding-top:1.5rem;padding-bottom:2rem}
.ml-footer{border-top:1px solid #ddd;background:#f6f6f6;font-size:.875rem;padding:1rem 0}
h1{font-size:1.75rem;line-height:1.25;margin:0 0 1rem}h2,.fr-h4{font-size:1.25rem;margin:1.5rem 0 .75rem}
.fr-mb-0{margin-bottom:0}.fr-mb-1v{margin-bottom:.25rem}.fr-mb-2w{margin-bottom:1rem}.fr-mb-3w{margin-bottom:1.5rem}.fr-mb-4w{margin-bottom:2rem}.fr-mt-4w{margin-top:2rem}.fr-p-2w{padding:1rem}.fr-py-6w{padding-top:2rem;padding-bottom:2rem}
.fr-text--sm,.fr-hint-text{font-size:.875rem;color:#50565c}.fr-hint-text{display:block}
.fr-raw-list{list-style:none;padding:0}
.fr-btn{display:inline-block;min-height:2.75rem;padding:.6rem 1.25rem;border:2px solid var(--ml);border-radius:4px;background:var(--ml);color:#fff;font:inherit;font-weight:600;text-decoration:none;cursor:pointer}
.fr-btn--secondary{background:#fff;color:var(--ml)}.fr-btn--lg{font-size:1.1rem;padding:.75rem 1.5rem}
.fr-label{display:block;font-weight:600;margin-bottom:.25rem}
.fr-input,.fr-select{display:block;width:100%;min-height:2.75rem;padding:.5rem .75rem;border:1px solid #6b6b6b;border-radius:4px;font:inherit;background:#fff;color:inherit}
.fr-input-group,.fr-fieldset__element{margin-bottom:1rem}
.fr-fieldset{border:0;padding:0;margin:0 0 1rem}.fr-fieldset__legend{font-weight:700;padding:0;margin-bottom:.5rem}
.fr-radio-group,.fr-checkbox-group{display:flex;gap:.5rem;align-items:flex-start}
.fr-radio-group input,.fr-checkbox-group input{width:1.25rem;height:1.25rem;margin-top:.15rem}
.fr-alert{border-left:6px solid #3a6fb0;background:#eef4fb;padding:1rem;margin-bottom:1rem;border-radius:2px}
.fr-alert--success{border-color:#1f7a3f;background:#eaf6ee}.fr-alert--error{border-color:#b02525;background:#fbeaea}.fr-alert--warning{border-color:#8a5a00;background:#fdf3e1}
.fr-alert__title{font-weight:700;margin:0 0 .25rem}
.fr-card{border:1px solid #ddd;border-radius:4px;margin-bottom:1rem}.fr-card__body{padding:1rem}.fr-card__title{font-size:1.1rem;margin:0 0 .5rem}.fr-card__desc{margin:0}
@media (min-width:48em){.fr-col-md-6{max-width:50%}}
`;
