import Handlebars from 'handlebars';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { EMAIL_KINDS, type EmailDataMap, type EmailKind, type RenderedEmail } from '../email-data';
import { sampleEmailData } from '../samples';
import { EMAIL_DEFINITIONS, type EmailView } from './email-definitions';
import { headerSafe } from './header-safe';
import { registerHelpers } from './helpers';

type Template = (context: object) => string;

interface KindTemplates {
  subject: Template;
  html: Template;
  text: Template;
}

export interface MailRendererOptions {
  /** Folder holding layouts/, partials/ and emails/; defaults to the one shipped next to this file. */
  templatesDir?: string;
}

/** The shipped templates: copied into dist next to the compiled code by the build. */
export const DEFAULT_TEMPLATES_DIR = join(__dirname, '..', 'templates');

function read(path: string): string {
  return readFileSync(path, 'utf8');
}

/**
 * One isolated handlebars environment per output format. HTML escapes every
 * `{{value}}`; text and subjects must not (an `&` in a job title stays `&`).
 * Strict mode turns a misspelt or missing field into an error instead of a
 * silently empty sentence.
 */
function createEnvironment(templatesDir: string, format: 'html' | 'text') {
  const env = Handlebars.create();
  registerHelpers(env);
  const options = { strict: true, noEscape: format === 'text' };
  const compile = (source: string): Template => {
    // compile() is lazy; parse now so a broken template fails at start-up.
    env.parse(source);
    return env.compile(source, options);
  };
  const partialsDir = join(templatesDir, 'partials', format);
  for (const file of readdirSync(partialsDir).filter((name) => name.endsWith('.hbs'))) {
    env.registerPartial(basename(file, '.hbs'), compile(read(join(partialsDir, file))));
  }
  return { compile, layout: compile(read(join(templatesDir, 'layouts', `${format}.hbs`))) };
}

/** Plain text should read like a letter: no trailing spaces, no runs of blank lines. */
function tidyText(text: string): string {
  return `${text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}

let shippedRenderer: MailRenderer | undefined;

export class MailRenderer {
  private constructor(
    private readonly templates: Record<EmailKind, KindTemplates>,
    private readonly layouts: { html: Template; text: Template },
  ) {}

  /**
   * Reads and compiles every template once, then renders each kind's sample
   * data so that a broken template stops the worker at start-up rather than
   * at its first send.
   */
  static load(options: MailRendererOptions = {}): MailRenderer {
    if (options.templatesDir === undefined || options.templatesDir === DEFAULT_TEMPLATES_DIR) {
      // The shipped templates do not change while the process runs, and a renderer holds nothing but compiled
      // templates, so every app in the process shares one: compiling and rendering the samples took about 80 ms of
      // each app's start, and a test process starts an app per file or more.
      shippedRenderer ??= MailRenderer.compile(DEFAULT_TEMPLATES_DIR);
      return shippedRenderer;
    }
    return MailRenderer.compile(options.templatesDir);
  }

  private static compile(templatesDir: string): MailRenderer {
    const html = createEnvironment(templatesDir, 'html');
    const text = createEnvironment(templatesDir, 'text');
    const templates = Object.fromEntries(
      EMAIL_KINDS.map((kind) => {
        const dir = join(templatesDir, 'emails', kind);
        const compiled: KindTemplates = {
          subject: text.compile(read(join(dir, 'subject.hbs'))),
          html: html.compile(read(join(dir, 'html.hbs'))),
          text: text.compile(read(join(dir, 'text.hbs'))),
        };
        return [kind, compiled];
      }),
    ) as Record<EmailKind, KindTemplates>;
    const renderer = new MailRenderer(templates, { html: html.layout, text: text.layout });
    for (const kind of EMAIL_KINDS) renderer.renderSample(kind);
    return renderer;
  }

  render<K extends EmailKind>(kind: K, data: EmailDataMap[K]): RenderedEmail {
    const definition = EMAIL_DEFINITIONS[kind];
    const view: EmailView = definition.view(data);
    const templates = this.templates[kind];
    const subject = headerSafe(templates.subject(view));
    // Content first, then the layout around it (`body` is our own rendered
    // markup, the only value the layout inserts unescaped).
    const layoutContext = (body: string) => ({ body, subject, footer: view.footer });
    return {
      subject,
      html: this.layouts.html(layoutContext(templates.html(view))),
      text: tidyText(this.layouts.text(layoutContext(templates.text(view)))),
      attachments: definition.attachments(data),
    };
  }

  private renderSample<K extends EmailKind>(kind: K): void {
    this.render(kind, sampleEmailData(kind));
  }
}
