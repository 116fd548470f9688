/*
 * Title suggestions under a search box, as a WAI-ARIA combobox with a listbox popup
 * (https://www.w3.org/WAI/ARIA/apg/patterns/combobox/).
 *
 * Progressive enhancement: the search box is an ordinary form field, and it stays
 * one until this script gives it the combobox roles. It enhances every
 * <input data-autocomplete-url="…">; the labels come from its data attributes, so
 * they are translated with the page:
 *   data-autocomplete-label   the listbox's name ("Suggestions")
 *   data-autocomplete-one     announced for one suggestion
 *   data-autocomplete-many    announced for several; "{count}" is the number
 * Suggestions are asked for 250 ms after the last keystroke, for two characters or
 * more; an answer that arrives after a newer request was sent is ignored.
 */
(function () {
    "use strict";

    var DELAY = 250;
    var MIN_LENGTH = 2;
    var counter = 0;

    function enhance(input) {
        counter += 1;
        var listId = "search-suggestions-" + counter;
        var form = input.form;
        var list = document.createElement("ul");
        var status = document.createElement("div");
        var options = [];
        var active = -1;
        var timer = null;
        var controller = null;
        var lastQuery = "";

        list.id = listId;
        list.className = "search-suggestions";
        list.setAttribute("role", "listbox");
        list.setAttribute("aria-label", input.dataset.autocompleteLabel || "");
        list.hidden = true;
        status.className = "visually-hidden";
        status.setAttribute("role", "status");

        input.setAttribute("role", "combobox");
        input.setAttribute("aria-autocomplete", "list");
        input.setAttribute("aria-expanded", "false");
        input.setAttribute("aria-controls", listId);
        input.setAttribute("autocomplete", "off");
        var anchor = input.parentNode;
        anchor.classList.add("search-suggestions-anchor");
        anchor.appendChild(list);
        anchor.appendChild(status);

        function announce(count) {
            var text = "";
            if (count === 1) {
                text = input.dataset.autocompleteOne || "";
            } else if (count > 1) {
                text = (input.dataset.autocompleteMany || "").replace("{count}", count);
            }
            status.textContent = text;
        }

        function close() {
            list.hidden = true;
            input.setAttribute("aria-expanded", "false");
            setActive(-1);
        }

        function open() {
            if (options.length) {
                list.hidden = false;
                input.setAttribute("aria-expanded", "true");
            }
        }

        function setActive(index) {
            if (active >= 0 && options[active]) {
                options[active].setAttribute("aria-selected", "false");
            }
            active = index;
            if (active >= 0 && options[active]) {
                options[active].setAttribute("aria-selected", "true");
                input.setAttribute("aria-activedescendant", options[active].id);
                options[active].scrollIntoView({ block: "nearest" });
            } else {
                input.removeAttribute("aria-activedescendant");
            }
        }

        function show(results) {
            list.textContent = "";
            options = results.map(function (result, index) {
                var option = document.createElement("li");
                var link = document.createElement("a");
                option.id = listId + "-" + index;
                option.setAttribute("role", "option");
                option.setAttribute("aria-selected", "false");
                link.href = result.url;
                link.tabIndex = -1;
                link.textContent = result.title;
                option.appendChild(link);
                // Keep the focus in the box while the pointer chooses.
                option.addEventListener("mousedown", function (event) {
                    event.preventDefault();
                });
                list.appendChild(option);
                return option;
            });
            active = -1;
            input.removeAttribute("aria-activedescendant");
            announce(options.length);
            if (options.length) {
                open();
            } else {
                close();
            }
        }

        function request() {
            var query = input.value.trim();
            if (query === lastQuery) {
                open();
                return;
            }
            lastQuery = query;
            if (controller) {
                controller.abort();
            }
            if (query.length < MIN_LENGTH) {
                show([]);
                return;
            }
            var params = new URLSearchParams({ q: query });
            var organisation = form && form.elements.namedItem("org");
            if (organisation && organisation.value) {
                params.set("org", organisation.value);
            }
            controller = new AbortController();
            fetch(input.dataset.autocompleteUrl + "?" + params.toString(), {
                headers: { Accept: "application/json" },
                signal: controller.signal,
            })
                .then(function (response) {
                    return response.ok ? response.json() : { results: [] };
                })
                .then(function (data) {
                    // Shown only if the reader is still in the box, typing that text.
                    if (input.value.trim() === query && document.activeElement === input) {
                        show(data.results || []);
                    }
                })
                .catch(function () {
                    // Aborted or offline: the box still searches when submitted.
                });
        }

        input.addEventListener("input", function () {
            window.clearTimeout(timer);
            timer = window.setTimeout(request, DELAY);
        });

        input.addEventListener("keydown", function (event) {
            var count = options.length;
            switch (event.key) {
                case "ArrowDown":
                    if (!count) {
                        return;
                    }
                    event.preventDefault();
                    if (list.hidden) {
                        open();
                        setActive(event.altKey ? -1 : 0);
                    } else if (!event.altKey) {
                        setActive((active + 1) % count);
                    }
                    break;
                case "ArrowUp":
                    if (!count) {
                        return;
                    }
                    event.preventDefault();
                    if (list.hidden) {
                        open();
                        setActive(count - 1);
                    } else {
                        setActive(active <= 0 ? count - 1 : active - 1);
                    }
                    break;
                case "Enter":
                    if (!list.hidden && active >= 0) {
                        event.preventDefault();
                        window.location.assign(options[active].firstChild.href);
                    }
                    break;
                case "Escape":
                    if (!list.hidden) {
                        event.preventDefault();
                        close();
                    } else if (input.value) {
                        event.preventDefault();
                        input.value = "";
                        lastQuery = "";
                        show([]);
                    }
                    break;
                case "Tab":
                    close();
                    break;
                default:
                    break;
            }
        });

        input.addEventListener("blur", function () {
            close();
        });
    }

    function start() {
        var inputs = document.querySelectorAll("input[data-autocomplete-url]");
        Array.prototype.forEach.call(inputs, enhance);
    }

    if (!("fetch" in window) || !("AbortController" in window)) {
        return;
    }
    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }
})();
