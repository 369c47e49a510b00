// The rich-text editor's own extensions (django-prose-editor loads this module for
// the fields of core/html.py EDITOR_EXTENSIONS; settings.DJANGO_PROSE_EDITOR_EXTENSIONS
// registers it). No library does these, so they are written here, small:
//
// - WordPaste: what is pasted (from Word or a web page) keeps its structure.
//   Word writes list items as paragraphs, <p class="MsoListParagraph"
//   style="mso-list:l0 level1 lfo1">, with the bullet or number as text in a
//   <span style="mso-list:Ignore">: those become real <ul>/<ol> lists, nested by
//   their level. A table's first row of bold cells (Word has no header cells) or its
//   <thead> becomes header cells; a caption becomes a paragraph above the table.
//   Headings: the page title is the h1, so a fragment with an h1 (Word's Heading 1)
//   moves down one level (h1 → h2, h2 → h3, h3 and lower → h4); h5 and h6 become h4.
//   Word's empty spacing paragraphs go. What the editor cannot keep (images,
//   embedded media, refused links) is named in a message under the editor.
// - Link: the Link extension with one "address" field that is checked as the server
//   checks it (core.html.link_allowed): a refused address reopens the dialog with
//   the reason, an empty one removes the link. Never an empty link.
// - EditorLabels: the toolbar's button titles and the dialogs in the admin's language
//   (django-prose-editor hard-codes most of them in English), from the labels
//   core/html.py passes in the editor's configuration.
import {
  Link as BaseLink,
  crel,
  Extension,
  gettext,
  Plugin,
  updateAttrsDialog,
} from "django-prose-editor/editor"

const ALLOWED_SCHEMES = ["http", "https", "mailto", "tel"]

// As core.html.link_allowed: browsers ignore tabs and newlines anywhere and
// control characters and spaces around an address.
export function linkAllowed(href) {
  const cleaned = String(href || "")
    .replace(/[\t\n\r]/g, "")
    .replace(/^[\x00-\x20]+|[\x00-\x20]+$/g, "")
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)
  return !scheme || ALLOWED_SCHEMES.includes(scheme[1].toLowerCase())
}

const format = (text, params) =>
  String(text).replace(/%\((\w+)\)s/g, (_match, key) => params[key])

const shorten = (text) => (text.length > 80 ? `${text.slice(0, 79)}…` : text)

const messagesOf = (editor) =>
  editor.extensionManager.extensions.find((e) => e.name === "editorLabels")
    ?.options.messages || {}

// ---- Paste -------------------------------------------------------------------

const WORD = /urn:schemas-microsoft-com:office|class="?Mso|mso-/i
const EMBEDDED =
  "iframe, object, embed, video, audio, canvas, form, input, button, select, textarea"

const styleOf = (element) => element.getAttribute("style") || ""
const isListMarker = (element) => /mso-list:\s*ignore/i.test(styleOf(element))

function replaceTag(element, tagName) {
  const replacement = element.ownerDocument.createElement(tagName)
  for (const name of ["colspan", "rowspan"]) {
    if (element.hasAttribute(name)) {
      replacement.setAttribute(name, element.getAttribute(name))
    }
  }
  replacement.append(...element.childNodes)
  element.replaceWith(replacement)
  return replacement
}

function wordLists(body) {
  const doc = body.ownerDocument
  let stack = [] // the open lists of this run: {list, level, ordered}
  for (const paragraph of body.querySelectorAll("p")) {
    const match = /mso-list:\s*l\d+\s+level(\d+)/i.exec(styleOf(paragraph))
    if (!match) continue
    const level = Number(match[1])
    const marker = [...paragraph.querySelectorAll("[style]")].find(isListMarker)
    const markerText = marker ? marker.textContent.replace(/[\s\u00a0]/g, "") : ""
    marker?.remove()
    // "1.", "1.2.", "a)", "iv." are numbers; "·", "o", "§" (bullets in Symbol,
    // Courier New, Wingdings) are not.
    const ordered = /^\(?(\d+(\.\d+)*|[a-z]{1,2}|[ivxlcdm]+)[.)]$/i.test(markerText)

    // A run of list paragraphs is one list; anything in between ends it.
    if (!stack.length || paragraph.previousElementSibling !== stack[0].list) {
      stack = []
    }
    while (stack.length && stack.at(-1).level > level) stack.pop()
    if (stack.length && stack.at(-1).level === level && stack.at(-1).ordered !== ordered) {
      stack.pop()
    }
    if (!stack.length || stack.at(-1).level < level) {
      const list = doc.createElement(ordered ? "ol" : "ul")
      const parentItem = stack.at(-1)?.list.lastElementChild
      if (parentItem) parentItem.append(list)
      else if (stack.length) stack.at(-1).list.append(list)
      else paragraph.before(list)
      stack.push({ list, level, ordered })
    }
    const item = doc.createElement("li")
    item.append(...paragraph.childNodes)
    stack.at(-1).list.append(item)
    // The top list stands where the run's first paragraph stood: the next list
    // paragraph of the run follows it directly.
    paragraph.remove()
  }
}

function tableHeaders(body) {
  for (const table of body.querySelectorAll("table")) {
    for (const caption of table.querySelectorAll("caption")) {
      const paragraph = body.ownerDocument.createElement("p")
      paragraph.append(...caption.childNodes)
      table.before(paragraph)
      caption.remove()
    }
    for (const cell of table.querySelectorAll("thead td")) replaceTag(cell, "th")
    const first = table.rows[0]
    if (!first || table.querySelector("th")) continue
    const cells = [...first.cells]
    const text = (node) => node.textContent.replace(/[\s\u00a0]/g, "")
    // Bold: every piece of its text is inside <b> or <strong>.
    const bold = (cell) => {
      const walker = cell.ownerDocument.createTreeWalker(cell, NodeFilter.SHOW_TEXT)
      while (walker.nextNode()) {
        const node = walker.currentNode
        if (text(node) && !node.parentElement.closest("b, strong")) return false
      }
      return true
    }
    if (cells.some((cell) => text(cell)) && cells.every((cell) => !text(cell) || bold(cell))) {
      for (const cell of cells) replaceTag(cell, "th")
    }
  }
}

function headings(body) {
  const shift = body.querySelector("h1") ? 1 : 0
  for (const heading of body.querySelectorAll("h1, h2, h3, h4, h5, h6")) {
    const level = Math.min(Number(heading.tagName[1]) + shift, 4)
    if (`H${level}` !== heading.tagName) replaceTag(heading, `h${level}`)
  }
}

export function cleanPastedHTML(html) {
  const body = new DOMParser().parseFromString(html, "text/html").body
  const removed = {
    images: body.querySelectorAll("img, svg").length,
    embedded: body.querySelectorAll(EMBEDDED).length,
    links: [],
  }
  for (const element of body.querySelectorAll(`img, svg, ${EMBEDDED}`)) {
    element.remove()
  }
  for (const link of body.querySelectorAll("a[href]")) {
    const href = link.getAttribute("href")
    if (!linkAllowed(href)) {
      removed.links.push(shorten(href.trim()))
      link.replaceWith(...link.childNodes)
    }
  }
  if (WORD.test(html)) {
    wordLists(body)
    for (const marker of [...body.querySelectorAll("[style]")].filter(isListMarker)) {
      marker.remove() // numbers of numbered headings
    }
    for (const paragraph of body.querySelectorAll("p")) {
      if (!paragraph.textContent.replace(/[\s\u00a0]/g, "") && !paragraph.querySelector("br")) {
        paragraph.remove()
      }
    }
  }
  tableHeaders(body)
  headings(body)
  return { html: body.innerHTML, removed }
}

function pasteMessage(removed, messages) {
  const parts = []
  if (removed.images) parts.push(`${messages.images} (${removed.images})`)
  if (removed.embedded) parts.push(`${messages.embedded} (${removed.embedded})`)
  if (removed.links.length) {
    parts.push(format(messages.links, { links: removed.links.join(", ") }))
  }
  return parts.length ? format(messages.pasteRemoved, { removed: parts.join("; ") }) : ""
}

export const WordPaste = Extension.create({
  name: "wordPaste",

  onCreate() {
    // A live region under the editor (below the admin's label-and-field row), there
    // before anything is announced in it.
    const container = this.editor.view.dom.parentElement
    const textarea = container.querySelector("textarea")
    this.storage.status = crel("div", {
      className: "rich-text-status",
      id: textarea?.id ? `${textarea.id}-paste-status` : "",
      role: "status",
    })
    ;(container.closest(".flex-container") || container).after(this.storage.status)
  },

  onDestroy() {
    this.storage.status?.remove()
  },

  addStorage() {
    return { status: null }
  },

  addProseMirrorPlugins() {
    const { editor, storage } = this
    return [
      new Plugin({
        props: {
          transformPastedHTML(html) {
            const { html: cleaned, removed } = cleanPastedHTML(html)
            const message = pasteMessage(removed, messagesOf(editor))
            if (storage.status) {
              storage.status.replaceChildren(
                ...(message
                  ? [
                      crel("ul", { className: "messagelist" }, [
                        crel("li", { className: "warning", textContent: message }),
                      ]),
                    ]
                  : []),
              )
            }
            return cleaned
          },
        },
      }),
    ]
  },
})

// ---- Link --------------------------------------------------------------------

function linkDialog(editor, markName, href, error) {
  const messages = messagesOf(editor)
  const dialog = updateAttrsDialog(
    {
      href: {
        type: "string",
        title: gettext("URL"),
        description: error || messages.linkHelp || "",
      },
    },
    { title: gettext("Edit Link") },
  )(editor, { href })
  if (error) {
    // The dialog is in the page now: mark its field as wrong.
    const dialogs = editor.view.dom.parentElement.querySelectorAll("dialog")
    const field = dialogs[dialogs.length - 1]
    const input = field?.querySelector("input[name=href]")
    const help = field?.querySelector(".prose-editor-help")
    if (input && help) {
      input.setAttribute("aria-invalid", "true")
      help.style.color = "var(--error-fg, #ba2121)"
    }
  }
  dialog.then((attrs) => {
    if (!attrs) return
    const value = attrs.href.trim()
    const chain = editor.chain().focus().extendMarkRange(markName)
    if (!value) {
      chain.unsetMark(markName).run()
    } else if (!linkAllowed(value)) {
      linkDialog(editor, markName, value, format(messages.linkRefused, { link: shorten(value) }))
    } else if (editor.isActive(markName)) {
      chain.updateAttributes(markName, { href: value }).run()
    } else {
      chain.setMark(markName, { href: value }).run()
    }
  })
}

export const Link = BaseLink.extend({
  addOptions() {
    return {
      ...this.parent?.(),
      // Pasted, typed or stored: only the addresses the server allows.
      isAllowedUri: (url) => linkAllowed(url),
    }
  },

  addCommands() {
    return {
      ...this.parent?.(),
      addLink:
        () =>
        ({ editor }) => {
          if (editor.state.selection.empty && !editor.isActive(this.name)) return false
          linkDialog(editor, this.name, editor.getAttributes(this.name).href || "", "")
          return true
        },
    }
  },
})

// ---- Labels ------------------------------------------------------------------

export const EditorLabels = Extension.create({
  name: "editorLabels",

  addOptions() {
    return { labels: {}, messages: {} }
  },

  onCreate() {
    const { labels } = this.options
    const content = this.editor.view.dom
    const container = content.parentElement
    const translate = (root) => {
      for (const element of [root, ...root.querySelectorAll("*")]) {
        if (content.contains(element)) continue // the text being edited
        for (const name of ["title", "aria-label"]) {
          const value = element.getAttribute(name)
          if (value && labels[value]) element.setAttribute(name, labels[value])
        }
        if (element.tagName === "OPTION" && !element.hasAttribute("value")) {
          element.value = element.textContent // what the dialog reads stays
        }
        if (element.classList.contains("material-icons")) continue // icon names
        for (const node of element.childNodes) {
          const text = node.nodeType === Node.TEXT_NODE && node.textContent.trim()
          if (text && labels[text]) node.textContent = node.textContent.replace(text, labels[text])
        }
      }
    }
    translate(container)
    // Menus and dialogs are built and rebuilt after this: translate what comes.
    this.storage.observer = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (node.nodeType === Node.ELEMENT_NODE && !content.contains(node)) translate(node)
        }
      }
    })
    this.storage.observer.observe(container, { childList: true, subtree: true })
  },

  addStorage() {
    return { observer: null }
  },

  onDestroy() {
    this.storage.observer?.disconnect()
  },
})
