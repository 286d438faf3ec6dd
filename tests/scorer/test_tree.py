from cleanarticle.blocks import html_blocks
from cleanarticle.parse import parse
from cleanarticle.scorer.tree import NO_ELEMENT, element_tree

HTML = (
    "<div class='page'>"
    "<article class='story'><h1>标题</h1><p>First paragraph.</p><p>第二段。</p></article>"
    "<aside class='related'><ul><li>One</li><li>Two</li></ul></aside>"
    "</div>"
    "bare text"
)


def tree_and_blocks():
    blocks = html_blocks(parse(HTML).tree.body)
    return element_tree(blocks), blocks


def test_every_element_once_parents_first():
    tree, blocks = tree_and_blocks()
    elements = {element for block in blocks for element in block.ancestors}
    assert set(tree.order) == elements and len(tree.order) == len(elements)
    seen = {NO_ELEMENT}
    for element in tree.order:
        assert tree.parent[element] in seen
        seen.add(element)
    assert tree.innermost[-1] == tree.order[0]  # "bare text" sits in <body> only


def test_tags_hints_and_depth_follow_the_chain():
    tree, blocks = tree_and_blocks()
    paragraph = next(block for block in blocks if block.text == "第二段。")
    article = paragraph.ancestors[-2]
    assert tree.tag[article] == "article" and tree.hints[article] == "story"
    assert tree.depth[paragraph.ancestors[-1]] == len(paragraph.ancestors) - 1


def test_subtree_sums_add_descendants():
    tree, blocks = tree_and_blocks()
    own = {element: 1.0 for element in tree.innermost if element != NO_ELEMENT}
    total = tree.subtree_sums(own)
    body = tree.order[0]
    assert total[body] == len(own)
    item = next(block for block in blocks if block.text == "One")
    assert total[item.ancestors[-1]] == 1.0


def test_inherit_flows_down():
    tree, blocks = tree_and_blocks()
    inside_aside = tree.inherit(lambda element, above: above or tree.tag[element] == "aside")
    item = next(block for block in blocks if block.text == "Two")
    heading = next(block for block in blocks if block.text == "标题")
    assert inside_aside[item.ancestors[-1]] is True
    assert inside_aside[heading.ancestors[-1]] is False


def test_deep_pages_register_each_element_once():
    """20,000 cells 200 deep: the tree is built in element time, not blocks x depth."""
    html = "<div>" * 200 + "".join(f"<p>cell {i}</p>" for i in range(20_000)) + "</div>" * 200
    blocks = html_blocks(parse(html).tree.body)
    tree = element_tree(blocks)
    assert len(tree.order) == 1 + 200 + 20_000  # <body>, the divs, the paragraphs
