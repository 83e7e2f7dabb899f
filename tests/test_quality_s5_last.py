"""What the agora0 / agorahub archives made with jekyll-import's RSS importer still needed (the
fixes the s5 vocus and agora rounds asked for), on snippets of the real posts."""

from __future__ import annotations

import newsparse


def _post(front: str, body: str) -> str:
    head = "---\nlayout: post\ntitle: 標題\ndate: 2018-04-18 14:09:26.000000000 +00:00\n"
    return f"{head}{front}---\n\n{body}\n"


_VOCUS_BODY = "<p>當我只是個小孩的時候，學習馬雅文化的第一個難題，就是許多專有名詞。</p>"


def test_the_rss_importers_link_key_is_the_url() -> None:
    # agora0/post 2018-04-18 【馬雅基本常識】地形篇 (方格子 vocus)
    text = _post(
        "link: https://vocus.cc/article/5ad75196fd89780001a9be7f\n"
        "categories: vocus\ntags: blog\nauthor: 馬雅人\n",
        _VOCUS_BODY,
    )
    assert newsparse.parse(text).url == "https://vocus.cc/article/5ad75196fd89780001a9be7f"


def test_from_and_url_come_before_link() -> None:
    text = _post("url: https://vocus.cc/article/a\nlink: https://vocus.cc/article/b\n", _VOCUS_BODY)
    assert newsparse.parse(text).url == "https://vocus.cc/article/a"
    text = _post("from: https://vocus.cc/article/c\nlink: https://vocus.cc/article/b\n", _VOCUS_BODY)
    assert newsparse.parse(text).url == "https://vocus.cc/article/c"
