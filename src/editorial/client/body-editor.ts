/**
 * The rich-text editor island (Tiptap): turns each `textarea.body-editor` into a WYSIWYG editor
 * with a toolbar, and keeps the textarea's value in step so the form posts as it would without
 * JavaScript. The server sanitizes whatever arrives; this only makes writing pleasant.
 */
import { Editor, Node } from '@tiptap/core';
import Image from '@tiptap/extension-image';
import StarterKit from '@tiptap/starter-kit';

/** An image with its caption: `<figure><img><figcaption>…</figcaption></figure>`, the caption editable in place. */
const Figure = Node.create({
  name: 'figure',
  group: 'block',
  content: 'inline*',
  draggable: true,
  isolating: true,
  addAttributes() {
    return { src: { default: null }, alt: { default: '' } };
  },
  parseHTML() {
    return [
      {
        tag: 'figure',
        contentElement: 'figcaption',
        getAttrs: (element) => {
          const img = (element as HTMLElement).querySelector('img');
          return img ? { src: img.getAttribute('src'), alt: img.getAttribute('alt') ?? '' } : false;
        },
      },
    ];
  },
  renderHTML({ node }) {
    return ['figure', ['img', { src: node.attrs.src as string, alt: node.attrs.alt as string }], ['figcaption', 0]];
  },
});

interface Labels {
  toolbar: string;
  bold: string;
  italic: string;
  heading2: string;
  heading3: string;
  bulletList: string;
  orderedList: string;
  quote: string;
  link: string;
  image: string;
  undo: string;
  redo: string;
  linkPrompt: string;
  imagePrompt: string;
  altPrompt: string;
  captionPrompt: string;
}

type Command = { label: keyof Labels; text: string; run: (editor: Editor, labels: Labels) => void; active?: (editor: Editor) => boolean };

const COMMANDS: Command[] = [
  { label: 'bold', text: 'B', run: (e) => e.chain().focus().toggleBold().run(), active: (e) => e.isActive('bold') },
  { label: 'italic', text: 'I', run: (e) => e.chain().focus().toggleItalic().run(), active: (e) => e.isActive('italic') },
  { label: 'heading2', text: 'H2', run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run(), active: (e) => e.isActive('heading', { level: 2 }) },
  { label: 'heading3', text: 'H3', run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run(), active: (e) => e.isActive('heading', { level: 3 }) },
  { label: 'bulletList', text: '•', run: (e) => e.chain().focus().toggleBulletList().run(), active: (e) => e.isActive('bulletList') },
  { label: 'orderedList', text: '1.', run: (e) => e.chain().focus().toggleOrderedList().run(), active: (e) => e.isActive('orderedList') },
  { label: 'quote', text: '❝', run: (e) => e.chain().focus().toggleBlockquote().run(), active: (e) => e.isActive('blockquote') },
  {
    label: 'link',
    text: '↗',
    run: (e, labels) => {
      const href = window.prompt(labels.linkPrompt, (e.getAttributes('link').href as string | undefined) ?? 'https://');
      if (href === null) return;
      if (href.trim() === '') e.chain().focus().extendMarkRange('link').unsetLink().run();
      else e.chain().focus().extendMarkRange('link').setLink({ href: href.trim() }).run();
    },
    active: (e) => e.isActive('link'),
  },
  {
    label: 'image',
    text: '▣',
    run: (e, labels) => {
      const src = window.prompt(labels.imagePrompt, '/media/');
      if (!src) return;
      const alt = window.prompt(labels.altPrompt, '') ?? '';
      const caption = window.prompt(labels.captionPrompt, '') ?? '';
      e.chain()
        .focus()
        .insertContent({ type: 'figure', attrs: { src: src.trim(), alt }, content: caption ? [{ type: 'text', text: caption }] : [] })
        .run();
    },
  },
  { label: 'undo', text: '↶', run: (e) => e.chain().focus().undo().run() },
  { label: 'redo', text: '↷', run: (e) => e.chain().focus().redo().run() },
];

function mount(textarea: HTMLTextAreaElement) {
  const labels = JSON.parse(textarea.dataset.editorLabels ?? '{}') as Labels;
  const wrapper = document.createElement('div');
  wrapper.className = 'rich-editor';
  const toolbar = document.createElement('div');
  toolbar.className = 'rich-editor__toolbar';
  toolbar.setAttribute('role', 'toolbar');
  toolbar.setAttribute('aria-label', labels.toolbar);
  const surface = document.createElement('div');
  textarea.after(wrapper);
  wrapper.append(toolbar, surface);
  textarea.hidden = true;
  const label = textarea.labels[0];
  if (label && !label.id) label.id = `${textarea.id}-label`;

  const editor = new Editor({
    element: surface,
    injectCSS: false,
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3] },
        code: false,
        codeBlock: false,
        link: { openOnClick: false, autolink: true, protocols: ['http', 'https', 'mailto'], HTMLAttributes: { target: null, rel: null } },
      }),
      Figure,
      Image,
    ],
    content: textarea.value,
    editorProps: {
      attributes: {
        class: 'prose rich-editor__surface',
        role: 'textbox',
        'aria-multiline': 'true',
        ...(label ? { 'aria-labelledby': label.id } : {}),
        ...(textarea.getAttribute('aria-describedby') ? { 'aria-describedby': textarea.getAttribute('aria-describedby')! } : {}),
        dir: textarea.closest('[dir]')?.getAttribute('dir') ?? 'auto',
      },
    },
    onUpdate: ({ editor: current }) => {
      textarea.value = current.getHTML();
    },
  });

  const buttons = COMMANDS.map((command) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'rich-editor__button';
    // The glyph is decoration; the button's name is the word, in the editor's language.
    const glyph = document.createElement('span');
    glyph.setAttribute('aria-hidden', 'true');
    glyph.textContent = command.text;
    const name = document.createElement('span');
    name.className = 'visually-hidden';
    name.textContent = labels[command.label];
    button.append(glyph, name);
    button.title = labels[command.label];
    button.addEventListener('click', () => command.run(editor, labels));
    toolbar.append(button);
    return { button, command };
  });
  const refresh = () => {
    for (const { button, command } of buttons) if (command.active) button.setAttribute('aria-pressed', String(command.active(editor)));
  };
  editor.on('selectionUpdate', refresh);
  editor.on('transaction', refresh);
  refresh();
}

for (const textarea of document.querySelectorAll<HTMLTextAreaElement>('textarea.body-editor')) mount(textarea);
