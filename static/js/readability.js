// Readability while writing (core/readability.py): after a pause in typing, the
// field's text goes to the admin's readability URL; the server scores it with
// textstat and returns the hint's HTML, which replaces the hint's content (an
// aria-live="polite" region). No formulas here: the figures are the library's.
;(() => {
  const PAUSE_MS = 1000
  const timers = new WeakMap()

  const fieldOf = (target) => {
    for (let node = target; node && node !== document; node = node.parentElement) {
      if (node.matches?.("textarea[data-readability-lang], input[data-readability-lang]"))
        return node
      if (!target.isContentEditable) continue
      // The rich-text editor: its hidden textarea sits beside the editable area.
      const inside = node.querySelector?.("textarea[data-readability-lang]")
      if (inside) return inside
    }
    return null
  }

  const csrfToken = () =>
    document.querySelector("[name=csrfmiddlewaretoken]")?.value || ""

  const update = async (field) => {
    const hint = document.querySelector(`[data-readability-for="${field.id}"]`)
    if (!hint) return
    const body = new FormData()
    body.append("text", field.value)
    body.append("lang", field.dataset.readabilityLang)
    body.append("csrfmiddlewaretoken", csrfToken())
    try {
      const response = await fetch(field.dataset.readabilityUrl, {
        method: "POST",
        body,
        headers: { "X-CSRFToken": csrfToken() },
        credentials: "same-origin",
      })
      if (!response.ok) return
      const data = await response.json()
      const parsed = new DOMParser().parseFromString(data.html, "text/html")
      const fresh = parsed.querySelector(".readability")
      if (fresh) hint.replaceChildren(...fresh.childNodes)
    } catch (_error) {
      // The hint keeps its last figures; the save shows the warning anyway.
    }
  }

  const schedule = (event) => {
    const field = fieldOf(event.target)
    if (!field) return
    clearTimeout(timers.get(field))
    // The rich-text editor writes its textarea on the same tick: read it later.
    timers.set(
      field,
      setTimeout(() => update(field), PAUSE_MS),
    )
  }

  document.addEventListener("input", schedule)
  document.addEventListener("keyup", schedule)
})()
